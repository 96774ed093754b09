namespace HrKit.Payroll.Engine;

/// <summary>Why one employee of a bulk run has no payslip.</summary>
/// <param name="EmployeeId">The employee (or <c>?</c> when the record had no id).</param>
/// <param name="Field">The field at fault, as a JSON path relative to the record.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public sealed record PayrollError(string EmployeeId, string Field, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{EmployeeId}: {Field}: {Message}";
}
