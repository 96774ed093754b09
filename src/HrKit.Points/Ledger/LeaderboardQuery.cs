using NodaTime;

namespace HrKit.Points.Ledger;

/// <summary>Who earned most in a period (see <see cref="IPointsLedgerStore.GetLeaderboardAsync"/>).</summary>
/// <param name="Period">When the postings occurred: from its start (inclusive) to its end (exclusive); both required.</param>
/// <param name="Top">How many entries, 1 to 1,000.</param>
public sealed record LeaderboardQuery(Interval Period, int Top)
{
    /// <summary>Most employees <see cref="EmployeeIds"/> may name: 10,000.</summary>
    public const int MaxEmployees = 10_000;

    /// <summary>Only this category; all categories when <see langword="null"/>.</summary>
    public string? Category { get; init; }

    /// <summary>Only these employees (e.g. one department's, from the host's directory); everyone when <see langword="null"/>.</summary>
    public IReadOnlyCollection<string>? EmployeeIds { get; init; }
}
