namespace HrKit.Payroll.Jurisdictions.Singapore;

/// <summary>A month's CPF contributions in S$, rounded as the CPF Board requires.</summary>
/// <param name="Rate">The table row used.</param>
/// <param name="OrdinaryWagesSubjectToCpf">The month's Ordinary Wages up to the OW ceiling.</param>
/// <param name="AdditionalWagesSubjectToCpf">The month's Additional Wages up to what is left of the year's AW ceiling.</param>
/// <param name="AdditionalWageCeiling">The year's AW ceiling used: annual ceiling less the year's OW subject to CPF (projected or given).</param>
/// <param name="Total">Total contribution: rounded to the nearest dollar (50 cents up).</param>
/// <param name="Employee">Employee's share, deducted from pay: cents dropped.</param>
/// <param name="Employer">Employer's share: total less employee's share.</param>
/// <param name="YearToDate">The year to date after this month, to carry into the next.</param>
public sealed record CpfContribution(
    CpfRate Rate,
    decimal OrdinaryWagesSubjectToCpf,
    decimal AdditionalWagesSubjectToCpf,
    decimal AdditionalWageCeiling,
    decimal Total,
    decimal Employee,
    decimal Employer,
    CpfYearToDate YearToDate)
{
    /// <summary>Total wages subject to CPF this month (OW plus AW, after the ceilings).</summary>
    public decimal TotalWagesSubjectToCpf => OrdinaryWagesSubjectToCpf + AdditionalWagesSubjectToCpf;
}
