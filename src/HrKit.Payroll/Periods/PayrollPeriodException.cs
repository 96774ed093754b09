using NodaTime;
using NodaTime.Text;

namespace HrKit.Payroll.Periods;

/// <summary>
/// A period operation the store refuses (error code <c>PayrollPeriodRefused</c>): a closed month run, records out of
/// month order, too many rejected records, a reopen or retro outside its rules, a store schema newer than this
/// release. Nothing was written. The message names the company, the month and, when one is at fault, the employee,
/// and says how to proceed; <see cref="HrKitException.Target"/> gives the employee as its record.
/// </summary>
public sealed class PayrollPeriodException : PayrollException
{
    /// <summary>The <see cref="HrKitException.ErrorCode"/> of every <see cref="PayrollPeriodException"/>.</summary>
    public const string Code = "PayrollPeriodRefused";

    /// <summary>Creates the exception.</summary>
    /// <param name="companyId">The company.</param>
    /// <param name="month">The month at fault, when one is.</param>
    /// <param name="employeeId">The employee at fault, when one is.</param>
    /// <param name="problem">What is wrong and how to fix it.</param>
    public PayrollPeriodException(string companyId, YearMonth? month, string? employeeId, string problem)
        : base(Format(companyId, month, employeeId, problem), Code, employeeId is null ? null : new HrKitErrorTarget(Record: employeeId))
    {
        CompanyId = companyId;
        Month = month;
        EmployeeId = employeeId;
        Problem = problem;
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public PayrollPeriodException() : this("?", null, null, "the period operation was refused") { }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    public PayrollPeriodException(string message) : this("?", null, null, message) { }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="innerException">The failure that caused this one.</param>
    public PayrollPeriodException(string message, Exception? innerException) : base(message, Code, target: null, innerException)
    {
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
