namespace HrKit.Payroll.Jurisdictions.Singapore;

/// <summary>What one employer has subjected to CPF so far in the calendar year, for the Additional Wage ceiling.</summary>
/// <param name="OrdinaryWagesSubjectToCpf">Ordinary Wages subject to CPF (each month capped at the OW ceiling) before this month.</param>
/// <param name="AdditionalWagesSubjectToCpf">Additional Wages subject to CPF before this month.</param>
public readonly record struct CpfYearToDate(decimal OrdinaryWagesSubjectToCpf, decimal AdditionalWagesSubjectToCpf)
{
    /// <summary>The start of a year (or of employment with this employer): nothing subjected yet.</summary>
    public static CpfYearToDate Empty => default;
}
