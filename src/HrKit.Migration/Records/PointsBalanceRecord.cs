namespace HrKit.Migration.Records;

/// <summary>An employee's opening points balance in one category.</summary>
/// <param name="EmployeeId">The account owner.</param>
/// <param name="Category">The points category.</param>
/// <param name="Points">The balance to open with, 0 or more.</param>
public sealed record PointsBalanceRecord(string EmployeeId, string Category, long Points);
