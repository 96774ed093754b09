using NodaTime;

namespace HrKit.Payroll.Periods;

/// <summary>Which stored payslips to read: a company's months <see cref="From"/>..<see cref="To"/>, optionally one employee's.</summary>
/// <param name="CompanyId">The company.</param>
/// <param name="From">The first month, inclusive.</param>
/// <param name="To">The last month, inclusive.</param>
public sealed record PayslipQuery(string CompanyId, YearMonth From, YearMonth To)
{
    /// <summary>Only this employee's payslips; null for everyone.</summary>
    public string? EmployeeId { get; init; }

    /// <summary>Only this kind; null for both paid and recalculated revisions.</summary>
    public StoredPayslipKind? Kind { get; init; }

    /// <summary>Include revisions a retro superseded (default true: history shows them).</summary>
    public bool IncludeSuperseded { get; init; } = true;

    /// <summary>Whether <paramref name="payslip"/> matches the query.</summary>
    public bool Matches(StoredPayslip payslip)
    {
        ArgumentNullException.ThrowIfNull(payslip);
        return string.Equals(payslip.CompanyId, CompanyId, StringComparison.Ordinal)
            && payslip.Month.CompareTo(From) >= 0 && payslip.Month.CompareTo(To) <= 0
            && (EmployeeId is null || string.Equals(payslip.EmployeeId, EmployeeId, StringComparison.Ordinal))
            && (Kind is null || payslip.Kind == Kind)
            && (IncludeSuperseded || !payslip.IsSuperseded);
    }
}
