using NodaTime;
using NodaTime.Text;

namespace HrKit.Payroll.Periods;

/// <summary>
/// A period operation the store refuses: a closed month run, a gap in an employee's months, a reopen without a reason,
/// a retro outside its rules, too many rejected records. Nothing was written. The message names the company, the month
/// and, when one is at fault, the employee and field, and says how to proceed.
/// </summary>
public sealed class PayrollPeriodException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public PayrollPeriodException(string companyId, YearMonth? month, string? employeeId, string problem)
        : base(Format(companyId, month, employeeId, problem))
    {
        CompanyId = companyId;
        Month = month;
        EmployeeId = employeeId;
        Problem = problem;
    }

    /// <summary>Creates the exception.</summary>
    public PayrollPeriodException() : this("?", null, null, "the period operation was refused") { }

    /// <summary>Creates the exception.</summary>
    public PayrollPeriodException(string message) : this("?", null, null, message) { }

    /// <summary>Creates the exception.</summary>
    public PayrollPeriodException(string message, Exception inner) : base(message, inner)
    {
        CompanyId = "?";
        Problem = message;
    }

    /// <summary>The company.</summary>
    public string CompanyId { get; } = "?";

    /// <summary>The pay month at fault, when one is.</summary>
    public YearMonth? Month { get; }

    /// <summary>The employee at fault, when one is.</summary>
    public string? EmployeeId { get; }

    /// <summary>What is wrong and how to fix it.</summary>
    public string Problem { get; } = "";

    private static string Format(string companyId, YearMonth? month, string? employeeId, string problem) =>
        $"Company '{companyId}'"
        + (month is { } m ? ", " + YearMonthPattern.Iso.Format(m) : "")
        + (employeeId is null ? "" : $", employee '{employeeId}'")
        + ": " + problem;
}
