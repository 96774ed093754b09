namespace HrKit.Points.Analytics;

/// <summary>The host's org chart, as far as leaderboards need it: who is in a department.</summary>
public interface IDepartmentDirectory
{
    /// <summary>The employee ids of <paramref name="department"/> (empty for an unknown one); at most 10,000.</summary>
    Task<IReadOnlyCollection<string>> GetMembersAsync(string department, CancellationToken cancellationToken = default);
}
