namespace HrKit.Points.Analytics;

/// <summary>Where an employee stands on the levels.</summary>
/// <param name="EmployeeId">The employee.</param>
/// <param name="Earned">Lifetime earned points (spending does not lower them).</param>
/// <param name="Level">The highest level reached, or <see langword="null"/> below the first.</param>
/// <param name="Next">The next level, or <see langword="null"/> at the top.</param>
/// <param name="PointsToNext">Points still to earn for <paramref name="Next"/>; 0 at the top.</param>
public sealed record LevelStanding(string EmployeeId, long Earned, PointsLevel? Level, PointsLevel? Next, long PointsToNext);
