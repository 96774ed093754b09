namespace HrKit.Payroll.Jurisdictions.HongKong;

// The HK lines' explanations as data: the rule, the formula in words and the figures in the order it uses them.
internal static class HongKongExplanations
{
    public static StatutoryExplanation EmployeeMpf(MpfContribution mpf, MpfParameters figures) => mpf.EmployeeShare switch
    {
        MpfEmployeeShare.ContributionHoliday => new("MPF employee mandatory contribution", "none: first 30 days of employment and the incomplete wage period after them (contribution holiday)",
            [new("relevantIncome", mpf.RelevantIncome), new("holidayDays", figures.EmployeeHolidayDays)], 0m, figures.Source),
        MpfEmployeeShare.BelowMinimum => new("MPF employee mandatory contribution", "none: relevantIncome below minimumRelevantIncome",
            [new("relevantIncome", mpf.RelevantIncome), new("minimumRelevantIncome", figures.MinimumRelevantIncome)], 0m, figures.Source),
        _ => new("MPF employee mandatory contribution", "min(relevantIncome, maximumRelevantIncome) × rate, to the cent",
            [new("relevantIncome", mpf.RelevantIncome), new("maximumRelevantIncome", figures.MaximumRelevantIncome), new("rate", figures.EmployeeRate)], mpf.Employee, figures.Source),
    };

    public static StatutoryExplanation EmployerMpf(MpfContribution mpf, MpfParameters figures) =>
        new("MPF employer mandatory contribution", "min(relevantIncome, maximumRelevantIncome) × rate, to the cent",
            [new("relevantIncome", mpf.RelevantIncome), new("maximumRelevantIncome", figures.MaximumRelevantIncome), new("rate", figures.EmployerRate)], mpf.Employer, figures.Source);

    public static StatutoryExplanation TaxEstimate(SalariesTaxEstimate e, SalariesTaxParameters figures) =>
        new("Salaries tax estimate (annual)",
            e.Method == SalariesTaxMethod.Progressive
                ? "progressive rates on netChargeableIncome (lower than standard rate on netIncome), less reduction"
                : "standard rate on netIncome (lower than progressive rates on netChargeableIncome), less reduction",
            [
                new("projectedAssessableIncome", e.AssessableIncome), new("deductions", e.Deductions), new("netIncome", e.NetIncome),
                new("allowances", e.Allowances), new("netChargeableIncome", e.NetChargeableIncome), new("progressiveTax", e.ProgressiveTax),
                new("standardRateTax", e.StandardRateTax), new("reduction", e.TaxReduction),
            ],
            e.TaxPayable, figures.Source);
}
