namespace HrKit.Points.Ledger;

/// <summary>One line of a leaderboard.</summary>
/// <param name="Rank">1 for the most points; equal points share a rank and the next rank skips (1, 1, 3).</param>
/// <param name="EmployeeId">The employee.</param>
/// <param name="Points">Points earned in the period: award and adjustment credits less reversals of credits (spending, expiry and penalties do not count).</param>
public sealed record LeaderboardEntry(int Rank, string EmployeeId, long Points);
