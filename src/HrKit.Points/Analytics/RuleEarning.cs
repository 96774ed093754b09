namespace HrKit.Points.Analytics;

/// <summary>Points earned through one rule.</summary>
/// <param name="RuleName">Rule; <see langword="null"/> for awards appended without a rule (<see cref="Ledger.PostingRequest.RuleName"/> not set).</param>
/// <param name="Category">Its category.</param>
/// <param name="Points">Net points.</param>
/// <param name="Awards">Award postings (capped zero-point awards included).</param>
public sealed record RuleEarning(string? RuleName, string Category, long Points, int Awards);
