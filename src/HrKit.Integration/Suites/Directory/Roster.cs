using NodaTime;

namespace HrKit.Integration.Suites.Directory;

/// <summary>A company's departments and employees after a sync; employees who left stay, with their leave date, for final pay.</summary>
/// <param name="Company">The company.</param>
/// <param name="Departments">Departments in id order.</param>
/// <param name="Employees">Employees in user id order.</param>
/// <param name="SyncedAt">When the roster was last changed by a sync or a change callback.</param>
public sealed record Roster(CompanyRef Company, IReadOnlyList<Department> Departments, IReadOnlyList<RosterEmployee> Employees, Instant SyncedAt)
{
    /// <summary>An empty roster of <paramref name="company"/>, the starting point of its first sync.</summary>
    public static Roster Empty(CompanyRef company) => new(company, [], [], Instant.MinValue);
}
