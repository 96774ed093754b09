using System.Collections.Immutable;

namespace HrKit.Payroll.Jurisdictions.UnitedKingdom;

/// <summary>Class 1 National Insurance parameters of one tax year.</summary>
/// <param name="Source">Where the thresholds and rates are published.</param>
/// <param name="EmployerRate">The employer (secondary) rate above the category's threshold, e.g. 0.15.</param>
/// <param name="Weekly">Thresholds for weekly pay.</param>
/// <param name="Monthly">Thresholds for monthly pay.</param>
/// <param name="Categories">Rates by category letter (upper case).</param>
public sealed record NationalInsuranceParameters(
    ParameterSource Source,
    decimal EmployerRate,
    NationalInsuranceThresholds Weekly,
    NationalInsuranceThresholds Monthly,
    ImmutableDictionary<char, NationalInsuranceCategory> Categories)
{
    /// <summary>The thresholds for <paramref name="frequency"/>.</summary>
    public NationalInsuranceThresholds For(UkPayFrequency frequency) => frequency == UkPayFrequency.Weekly ? Weekly : Monthly;
}
