using HrKit.Payroll.Localization;

namespace HrKit.Payroll.Jurisdictions.HongKong;

// The HK lines' explanations as data: the rule, the formula in words and the figures in the order it uses them, as
// resource texts (Explain.HK.*, Figure.HK.*) shown in the reader's language.
internal static class HongKongExplanations
{
    private const string Pack = "HK";

    public static StatutoryExplanation EmployeeMpf(MpfContribution mpf, MpfParameters figures) => mpf.EmployeeShare switch
    {
        MpfEmployeeShare.ContributionHoliday => new(Pack, new("Explain.HK.MpfEmployee"), new("Explain.HK.MpfHoliday"),
            [new("relevantIncome", mpf.RelevantIncome), new("holidayDays", figures.EmployeeHolidayDays)], 0m, figures.Source),
        MpfEmployeeShare.BelowMinimum => new(Pack, new("Explain.HK.MpfEmployee"), new("Explain.HK.MpfBelowMinimum"),
            [new("relevantIncome", mpf.RelevantIncome), new("minimumRelevantIncome", figures.MinimumRelevantIncome)], 0m, figures.Source),
        _ => new(Pack, new("Explain.HK.MpfEmployee"), new("Explain.HK.MpfFormula"),
            [new("relevantIncome", mpf.RelevantIncome), new("maximumRelevantIncome", figures.MaximumRelevantIncome), new("rate", figures.EmployeeRate)], mpf.Employee, figures.Source),
    };

    public static StatutoryExplanation EmployerMpf(MpfContribution mpf, MpfParameters figures) =>
        new(Pack, new("Explain.HK.MpfEmployer"), new("Explain.HK.MpfFormula"),
            [new("relevantIncome", mpf.RelevantIncome), new("maximumRelevantIncome", figures.MaximumRelevantIncome), new("rate", figures.EmployerRate)], mpf.Employer, figures.Source);

    public static StatutoryExplanation TaxEstimate(SalariesTaxEstimate e, SalariesTaxParameters figures) =>
        new(Pack, new("Explain.HK.SalariesTax"),
            new(e.Method == SalariesTaxMethod.Progressive ? "Explain.HK.SalariesTax.Progressive" : "Explain.HK.SalariesTax.StandardRate"),
            [
                new("projectedAssessableIncome", e.AssessableIncome), new("deductions", e.Deductions), new("netIncome", e.NetIncome),
                new("allowances", e.Allowances), new("netChargeableIncome", e.NetChargeableIncome), new("progressiveTax", e.ProgressiveTax),
                new("standardRateTax", e.StandardRateTax), new("reduction", e.TaxReduction),
            ],
            e.TaxPayable, figures.Source);
}
