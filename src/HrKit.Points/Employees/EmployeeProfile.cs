using NodaTime;

namespace HrKit.Points.Employees;

/// <summary>
/// What a policy may know about an employee, from the host's <see cref="IEmployeeDirectory"/>. Rules read it as
/// <c>emp.department</c>, <c>emp.grade</c>, <c>emp.hireDate</c> and <c>emp.tenureYears</c> (docs/points-policy.md).
/// </summary>
/// <param name="Department">Department name, compared ordinally, e.g. <c>R&amp;D</c>.</param>
/// <param name="Grade">Job grade, e.g. <c>P6</c>.</param>
/// <param name="HireDate">First day of employment; tenure is counted in whole years from it to the event's local date.</param>
public sealed record EmployeeProfile(string Department, string Grade, LocalDate HireDate);
