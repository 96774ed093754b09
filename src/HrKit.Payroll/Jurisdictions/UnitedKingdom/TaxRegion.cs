namespace HrKit.Payroll.Jurisdictions.UnitedKingdom;

/// <summary>
/// Whose income tax bands apply, as the tax code's prefix says: none for England and Northern Ireland, <c>S</c> for a
/// Scottish taxpayer, <c>C</c> for a Welsh taxpayer.
/// </summary>
public enum TaxRegion
{
    /// <summary>England and Northern Ireland (no prefix).</summary>
    RestOfUk = 0,

    /// <summary>Scottish taxpayer (prefix <c>S</c>): Scottish starter, basic, intermediate, higher, advanced and top rates.</summary>
    Scotland = 1,

    /// <summary>Welsh taxpayer (prefix <c>C</c>): Welsh rates of income tax.</summary>
    Wales = 2,
}
