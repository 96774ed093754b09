namespace HrKit.Payroll.Jurisdictions.UnitedKingdom;

/// <summary>One income tax band of a tax year, in pounds of annual taxable pay (after the allowance).</summary>
/// <param name="Name">The band's name, e.g. <c>basic</c>, <c>intermediate</c>.</param>
/// <param name="UpTo">Upper limit of the band, inclusive, in annual taxable pay; null for the last band.</param>
/// <param name="Rate">The rate, e.g. 0.20.</param>
public readonly record struct IncomeTaxBand(string Name, decimal? UpTo, decimal Rate);
