namespace HrKit.Payroll.Model;

/// <summary>The JSON document a host hands to <c>hrkit payroll run</c>: a list of employee-months (docs/payroll-input.md).</summary>
public sealed record PayrollRunFile
{
    /// <summary>The employees to pay.</summary>
    public IReadOnlyList<EmployeeMonthInput> Employees { get; init => field = value ?? []; } = [];
}
