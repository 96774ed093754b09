using HrKit.Payroll.Localization;
using System.Collections.Immutable;

namespace HrKit.Payroll.Jurisdictions.UnitedKingdom;

/// <summary>PAYE income tax parameters of one tax year.</summary>
/// <param name="Source">Where the bands and rates are published.</param>
/// <param name="RegulatoryLimitRate">The overriding limit on K code deductions as a share of the period's pay (0.5).</param>
/// <param name="RegulatoryLimitSource">The regulation that sets <paramref name="RegulatoryLimitRate"/>.</param>
/// <param name="Regions">Bands by region.</param>
public sealed record IncomeTaxParameters(
    ParameterSource Source,
    decimal RegulatoryLimitRate,
    ParameterSource RegulatoryLimitSource,
    ImmutableDictionary<TaxRegion, IncomeTaxRegionBands> Regions)
{
    /// <summary>The bands of <paramref name="region"/>.</summary>
    /// <exception cref="PayrollDataException">The tax year has no bands for the region.</exception>
    public IncomeTaxRegionBands For(TaxRegion region) =>
        Regions.TryGetValue(region, out var bands) ? bands : throw new PayrollDataException(new LocalText("Error.GB.NoRegionBands", region));
}
