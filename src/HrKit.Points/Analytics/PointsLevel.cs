namespace HrKit.Points.Analytics;

/// <summary>A level (tier) reached by lifetime earned points, e.g. Silver from 1,000.</summary>
/// <param name="Name">Display name.</param>
/// <param name="MinEarned">Lifetime earned points from which it applies (0 or more).</param>
public sealed record PointsLevel(string Name, long MinEarned);
