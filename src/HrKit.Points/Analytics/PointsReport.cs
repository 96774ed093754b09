using NodaTime;

namespace HrKit.Points.Analytics;

/// <summary>Points activity over a period of local dates.</summary>
/// <param name="Period">First and last day, inclusive, in the points time zone.</param>
/// <param name="ActiveEmployees">Employees with at least one rule award in the period.</param>
/// <param name="Redemptions">Per catalog item, including items nobody redeemed.</param>
/// <param name="EarningByRule">Net points per rule (penalties negative), largest first.</param>
/// <param name="EarningByCategory">Net rule points per category.</param>
/// <param name="CheckInsByHour">24 counts: check-in events per local hour of day.</param>
public sealed record PointsReport(
    DateInterval Period,
    int ActiveEmployees,
    IReadOnlyList<ItemRedemptionRate> Redemptions,
    IReadOnlyList<RuleEarning> EarningByRule,
    IReadOnlyList<CategoryEarning> EarningByCategory,
    IReadOnlyList<int> CheckInsByHour);

/// <summary>How often an item was redeemed.</summary>
/// <param name="ItemId">Catalog item.</param>
/// <param name="Redemptions">Redemptions still standing (reversed ones excluded).</param>
/// <param name="Employees">Distinct employees who redeemed it.</param>
/// <param name="Rate"><paramref name="Employees"/> ÷ active employees, 4 decimals (0 when nobody was active).</param>
public sealed record ItemRedemptionRate(string ItemId, int Redemptions, int Employees, decimal Rate);

/// <summary>Points earned through one rule.</summary>
/// <param name="RuleName">Rule.</param>
/// <param name="Category">Its category.</param>
/// <param name="Points">Net points.</param>
/// <param name="Awards">Award postings (capped zero-point awards included).</param>
public sealed record RuleEarning(string RuleName, string Category, long Points, int Awards);

/// <summary>Points earned in one category.</summary>
/// <param name="Category">Category.</param>
/// <param name="Points">Net rule points.</param>
public sealed record CategoryEarning(string Category, long Points);
