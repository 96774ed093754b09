namespace HrKit.Points.Analytics;

/// <summary>Points earned in one category.</summary>
/// <param name="Category">Category.</param>
/// <param name="Points">Net rule points.</param>
public sealed record CategoryEarning(string Category, long Points);
