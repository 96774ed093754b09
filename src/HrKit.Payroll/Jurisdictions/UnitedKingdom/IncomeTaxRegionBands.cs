using System.Collections.Immutable;

namespace HrKit.Payroll.Jurisdictions.UnitedKingdom;

/// <summary>The bands of one region (rest of UK, Scotland, Wales) for one tax year.</summary>
/// <param name="Region">The region.</param>
/// <param name="Bands">Ascending; the last has no upper limit.</param>
/// <param name="BasicRateBand">Index of the basic rate band in <paramref name="Bands"/>: the rate of code <c>BR</c>; <c>D0</c> is the next band.</param>
public sealed record IncomeTaxRegionBands(TaxRegion Region, ImmutableArray<IncomeTaxBand> Bands, int BasicRateBand);
