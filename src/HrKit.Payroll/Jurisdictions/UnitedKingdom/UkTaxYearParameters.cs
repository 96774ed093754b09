using NodaTime;

namespace HrKit.Payroll.Jurisdictions.UnitedKingdom;

/// <summary>Everything PAYE and Class 1 National Insurance need for one UK tax year (6 April to 5 April).</summary>
/// <param name="TaxYear">The year's name, e.g. <c>2025-26</c>.</param>
/// <param name="EffectiveFrom">First day (6 April).</param>
/// <param name="EffectiveTo">Last day (5 April).</param>
/// <param name="IncomeTax">PAYE bands, rates and the regulatory limit.</param>
/// <param name="NationalInsurance">Class 1 thresholds and rates.</param>
public sealed record UkTaxYearParameters(
    string TaxYear,
    LocalDate EffectiveFrom,
    LocalDate EffectiveTo,
    IncomeTaxParameters IncomeTax,
    NationalInsuranceParameters NationalInsurance)
{
    /// <summary>Whether <paramref name="date"/> falls in the tax year.</summary>
    public bool Contains(LocalDate date) => date >= EffectiveFrom && date <= EffectiveTo;
}
