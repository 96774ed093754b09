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
