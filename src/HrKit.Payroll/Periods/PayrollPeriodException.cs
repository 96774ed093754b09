using HrKit.Payroll.Localization;
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
        _framed = true;
    }

    /// <summary>Creates the exception with a built-in problem text, shown in the user's language by <see cref="HrKitException.GetMessage"/>.</summary>
    internal PayrollPeriodException(string companyId, YearMonth? month, string? employeeId, LocalText problem)
        : this(companyId, month, employeeId, problem.ToString())
    {
        ProblemText = problem;
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

    /// <summary>The problem as a resource text when HrKit.Payroll raised it; null otherwise.</summary>
    internal LocalText? ProblemText { get; }

    // Made with a company: the frame (company, month, employee) is a resource text even when a host wrote the problem.
    private readonly bool _framed;

    /// <summary>The company, month, employee and problem in <paramref name="texts"/>' language; null for a whole message.</summary>
    internal override string? Localize(PayrollLocalizer texts) =>
        _framed ? Format(texts, CompanyId, Month, EmployeeId, ProblemText?.Render(texts) ?? Problem) : null;

    private static string Format(string companyId, YearMonth? month, string? employeeId, string problem) =>
        Format(PayrollLocalizer.English, companyId, month, employeeId, problem);

    private static string Format(PayrollLocalizer texts, string companyId, YearMonth? month, string? employeeId, string problem) =>
        texts.Format("Error.Period", companyId,
            month is { } m ? texts.Format("Error.Period.Month", YearMonthPattern.Iso.Format(m)) : "",
            employeeId is null ? "" : texts.Format("Error.Period.Employee", employeeId),
            problem);
}
