using NodaTime;

namespace HrKit.Integration.Model;

/// <summary>An employee as the integration pipelines know them, independent of any vendor.</summary>
/// <param name="EmployeeId">The host's employee identifier (the one HrKit.Payroll and HrKit.Points use).</param>
/// <param name="Name">Display name, optional.</param>
/// <param name="HireDate">First day of employment; days before it are not scheduled. Null when unknown.</param>
/// <param name="TerminationDate">Last day of employment; days after it are not scheduled. Null when employed.</param>
public sealed record Employee(string EmployeeId, string? Name = null, LocalDate? HireDate = null, LocalDate? TerminationDate = null)
{
    /// <summary>Whether the employee is employed on <paramref name="date"/>.</summary>
    public bool IsEmployedOn(LocalDate date) =>
        (HireDate is not { } hire || date >= hire) && (TerminationDate is not { } end || date <= end);
}
