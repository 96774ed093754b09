namespace HrKit.Payroll;

/// <summary>An employee-month input the engine refuses; names the employee and the field (JSON path) at fault.</summary>
public sealed class PayrollInputException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public PayrollInputException(string employeeId, string field, string problem)
        : base($"Employee '{employeeId}', {field}: {problem}", field)
    {
        EmployeeId = employeeId;
        Field = field;
        Problem = problem;
    }

    /// <summary>Creates the exception.</summary>
    public PayrollInputException() : this("?", "?", "invalid input") { }

    /// <summary>Creates the exception.</summary>
    public PayrollInputException(string message) : this("?", "?", message) { }

    /// <summary>Creates the exception.</summary>
    public PayrollInputException(string message, Exception inner) : base(message, inner)
    {
        EmployeeId = "?";
        Field = "?";
        Problem = message;
    }

    /// <summary>The employee whose input was refused.</summary>
    public string EmployeeId { get; } = "?";

    /// <summary>The field at fault, as a JSON path relative to the employee (e.g. <c>overtime.workday</c>).</summary>
    public string Field { get; } = "?";

    /// <summary>What is wrong and how to fix it.</summary>
    public string Problem { get; } = "";
}
