using HrKit.Payroll.Localization;

namespace HrKit.Payroll.Jurisdictions.UnitedKingdom;

// The GB lines' explanations as data, as resource texts (Explain.GB.*, Figure.GB.*, Text.GB.NiCategory.*) shown in
// the reader's language; HMRC's and the regulations' names stay as written.
internal static class UnitedKingdomExplanations
{
    private const string Pack = UnitedKingdomPack.JurisdictionCode;

    public static StatutoryExplanation Paye(UkTaxYearParameters year, TaxCode code, in PayeResult paye, decimal pay, decimal taxPaidBefore, LegalSource source)
    {
        var weekOneMonthOne = paye.Periods == 1 && code.NonCumulative;
        var basis = new LocalText(weekOneMonthOne ? "Explain.GB.Basis.Week1Month1" : "Explain.GB.Basis.Cumulative");
        var k = code.Kind == TaxCodeKind.K;
        return new(Pack,
            new LocalText("Explain.GB.Paye", code.Text, basis, year.TaxYear),
            new LocalText(k ? "Explain.GB.PayeFormula.K" : "Explain.GB.PayeFormula"),
            [
                new("pay", pay), new("payToDate", paye.PayToDate), new(k ? "additionalPay" : "freePay", paye.PayAdjustment),
                new("taxablePay", paye.TaxablePay), new("period", paye.Periods), new("taxDue", paye.TaxDue),
                new("taxPaidBefore", weekOneMonthOne ? 0m : taxPaidBefore),
                new("regulatoryLimitApplied", paye.RegulatoryLimitApplied ? 1m : 0m),
            ],
            paye.Tax, source);
    }

    public static StatutoryExplanation EmployeeNi(UkTaxYearParameters year, NationalInsuranceCategory category, NationalInsuranceThresholds thresholds, in NationalInsuranceResult ni, decimal pay, LegalSource source) =>
        new(Pack,
            new LocalText("Explain.GB.NiPrimary", ni.Category, LocalText.Known(category.Description), year.TaxYear),
            new LocalText("Explain.GB.NiPrimaryFormula"),
            [
                new("pay", pay), new("LEL", thresholds.Lel), new("PT", thresholds.Pt), new("UEL", thresholds.Uel),
                new("mainRate", category.EmployeeMainRate), new("additionalRate", category.EmployeeAdditionalRate),
            ],
            ni.Employee, source);

    public static StatutoryExplanation EmployerNi(UkTaxYearParameters year, NationalInsuranceCategory category, NationalInsuranceThresholds thresholds, in NationalInsuranceResult ni, decimal pay, LegalSource source) =>
        new(Pack,
            new LocalText("Explain.GB.NiSecondary", ni.Category, year.TaxYear),
            new LocalText("Explain.GB.NiSecondaryFormula", category.EmployerFrom),
            [
                new("pay", pay), new("threshold", thresholds.Secondary(category.EmployerFrom) ?? 0m),
                new("employerRate", category.EmployerFrom == SecondaryThreshold.None ? 0m : year.NationalInsurance.EmployerRate),
            ],
            ni.Employer, source);
}
