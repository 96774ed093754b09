using NodaTime;

namespace HrKit.Migration.Records;

/// <summary>
/// One employee of the roster. <see cref="NationalId"/>, <see cref="BankAccount"/> and <see cref="Phone"/> are
/// personal data: reports and the CLI mask them (<see cref="Privacy.PersonalData"/>) unless asked not to.
/// </summary>
/// <param name="EmployeeId">The id payroll and points use for the employee.</param>
/// <param name="Name">Display name.</param>
public sealed record RosterRecord(string EmployeeId, string Name)
{
    /// <summary>Department (cost centre).</summary>
    public string? Department { get; init; }

    /// <summary>National id number (personal data).</summary>
    public string? NationalId { get; init; }

    /// <summary>Bank account for salary payments (personal data).</summary>
    public string? BankAccount { get; init; }

    /// <summary>Phone number (personal data).</summary>
    public string? Phone { get; init; }

    /// <summary>First day of employment.</summary>
    public LocalDate? HireDate { get; init; }

    /// <summary>Last day of employment.</summary>
    public LocalDate? TerminationDate { get; init; }

    /// <summary>Jurisdiction code (<c>CN</c>, <c>HK</c>…), as payroll inputs name it.</summary>
    public string? Jurisdiction { get; init; }

    /// <summary>City whose contribution rules apply.</summary>
    public string? City { get; init; }
}
