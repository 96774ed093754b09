namespace HrKit.Payroll.Jurisdictions.UnitedKingdom;

/// <summary>How a PAYE tax code turns pay into tax.</summary>
public enum TaxCodeKind
{
    /// <summary>A number and a suffix letter (<c>1257L</c>, <c>0T</c>): the number × 10 + 9 is tax-free pay over the year.</summary>
    Allowance = 0,

    /// <summary><c>K</c> and a number: the number × 10 + 9 is added to pay (untaxed income or benefits); deductions are capped at the regulatory limit.</summary>
    K = 1,

    /// <summary><c>BR</c>, <c>D0</c>, <c>D1</c>… : all pay taxed at one band's rate, no allowance.</summary>
    FlatRate = 2,

    /// <summary><c>NT</c>: no tax deducted.</summary>
    NoTax = 3,
}
