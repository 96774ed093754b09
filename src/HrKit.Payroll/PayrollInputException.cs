namespace HrKit.Payroll;

/// <summary>
/// An employee-month input the engine refuses (error code <c>PayrollInputInvalid</c>); <see cref="EmployeeId"/> is
/// the record and <see cref="Field"/> the JSON path at fault, also given as <see cref="HrKitException.Target"/>.
/// </summary>
public sealed class PayrollInputException : PayrollException
{
    /// <summary>The <see cref="HrKitException.ErrorCode"/> of every <see cref="PayrollInputException"/>.</summary>
    public const string Code = "PayrollInputInvalid";

    /// <summary>Creates the exception.</summary>
    /// <param name="employeeId">The employee whose input was refused.</param>
    /// <param name="field">The field at fault, as a JSON path relative to the employee.</param>
    /// <param name="problem">What is wrong and how to fix it.</param>
    public PayrollInputException(string employeeId, string field, string problem)
        : base($"Employee '{employeeId}', {field}: {problem}", Code, new HrKitErrorTarget(Record: employeeId, Field: field))
    {
        EmployeeId = employeeId;
        Field = field;
        Problem = problem;
        _framed = true;
    }

    /// <summary>Creates the exception with a built-in problem text, shown in the user's language by <see cref="HrKitException.GetMessage"/>.</summary>
    internal PayrollInputException(string employeeId, string field, Localization.LocalText problem)
        : this(employeeId, field, problem.ToString())
    {
        ProblemText = problem;
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public PayrollInputException()
        : this("?", "?", "invalid input")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    public PayrollInputException(string message)
        : this("?", "?", message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="innerException">The failure that caused this one.</param>
    public PayrollInputException(string message, Exception? innerException)
        : base(message, Code, target: null, innerException)
    {
        Problem = message;
    }

    /// <summary>The employee whose input was refused.</summary>
    public string EmployeeId { get; } = "?";

    /// <summary>The field at fault, as a JSON path relative to the employee (e.g. <c>overtime.workday</c>).</summary>
    public string Field { get; } = "?";

    /// <summary>What is wrong and how to fix it.</summary>
    public string Problem { get; } = "";

    /// <summary>The problem as a resource text when a built-in check raised it; null otherwise.</summary>
    internal Localization.LocalText? ProblemText { get; }

    // Made with an employee and a field: the frame is a resource text even when a host wrote the problem.
    private readonly bool _framed;

    /// <summary>
    /// The employee, the field (its JSON path and, in Chinese, its name) and the problem in <paramref name="texts"/>'
    /// language; a problem a host wrote is kept as written. Null for an exception made from a whole message.
    /// </summary>
    internal override string? Localize(Localization.PayrollLocalizer texts) =>
        _framed ? texts.Format("Error.Input", EmployeeId, texts.FieldName(Field), ProblemText?.Render(texts) ?? Problem) : null;
}
