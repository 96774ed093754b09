namespace HrKit.Points.Model;

/// <summary>Spendable points of one employee in one category.</summary>
/// <param name="Category">Points category.</param>
/// <param name="Points">Balance; never negative.</param>
public readonly record struct CategoryBalance(string Category, long Points);
