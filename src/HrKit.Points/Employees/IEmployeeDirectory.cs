namespace HrKit.Points.Employees;

/// <summary>
/// The host's source of employee attributes (HR master data, a cache of it, a test double). <see cref="Engine.PointsService"/>
/// asks it once per batch, for the distinct employees of the batch, and only when the policy reads <c>emp.*</c>: rule
/// evaluation itself never waits on it.
/// </summary>
public interface IEmployeeDirectory
{
    /// <summary>
    /// The profiles of the given employees that the directory knows; an id missing from the result is an unknown
    /// employee, whose events are rejected naming <c>employeeId</c>.
    /// </summary>
    /// <param name="employeeIds">Distinct ids, at most one batch's worth.</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    /// <returns>Profiles by employee id (ordinal).</returns>
    ValueTask<IReadOnlyDictionary<string, EmployeeProfile>> GetProfilesAsync(IReadOnlyCollection<string> employeeIds, CancellationToken cancellationToken);
}
