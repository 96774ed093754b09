using HrKit.Points.Engine;
using HrKit.Points.Model;
using HrKit.Points.Policies;
using NodaTime;

namespace HrKit.Points.Tests.Policies;

/// <summary>Issue 14: campaign rules with validity windows and multipliers.</summary>
public sealed class CampaignRuleTests
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    private static PointsPolicy Policy(string properties) => PointsPolicyLoader.Parse(
        $$"""{ "WorkflowName": "T", "Rules": [ { "RuleName": "Share", "Expression": "e.Type == \"share\"", "Properties": { {{properties}} } } ] }""");

    private static string Award(PointsPolicy policy, LocalDateTime local, string subject = "", int minutes = 0)
    {
        var e = new PointsEvent("x", "E1", "share", local.InZoneStrictly(Shanghai).ToInstant()) { Subject = subject, Minutes = minutes };
        var hits = new List<RuleHit>();
        var failure = policy.Evaluate(EventFacts.From(e, Shanghai), hits);
        return failure is not null ? $"{failure.Field}: {failure.Reason}" : string.Join(",", hits.Select(h => h.Points));
    }

    [Theory]
    // The window is local dates, inclusive at both ends: 00:00 on validFrom and 23:59 on validTo count, a minute outside does not.
    [InlineData(2025, 5, 31, 23, 59, "")]
    [InlineData(2025, 6, 1, 0, 0, "3")]
    [InlineData(2025, 6, 7, 23, 59, "3")]
    [InlineData(2025, 6, 8, 0, 0, "")]
    public void Evaluate_ValidityWindow_AwardsOnlyOnLocalDatesInside(int y, int m, int d, int h, int min, string expected)
    {
        var policy = Policy("\"points\": 3, \"validFrom\": \"2025-06-01\", \"validTo\": \"2025-06-07\"");

        Assert.Equal(expected, Award(policy, new LocalDateTime(y, m, d, h, min)));
    }

    [Theory]
    // A window open at one end: only validFrom (from 2025-06-01 on), or only validTo (up to 2025-06-07).
    [InlineData("\"validFrom\": \"2025-06-01\"", 2025, 5, 31, "")]
    [InlineData("\"validFrom\": \"2025-06-01\"", 2025, 6, 1, "3")]
    [InlineData("\"validFrom\": \"2025-06-01\"", 2099, 12, 31, "3")]
    [InlineData("\"validTo\": \"2025-06-07\"", 2000, 1, 1, "3")]
    [InlineData("\"validTo\": \"2025-06-07\"", 2025, 6, 7, "3")]
    [InlineData("\"validTo\": \"2025-06-07\"", 2025, 6, 8, "")]
    public void Evaluate_WindowOpenAtOneEnd_BoundsOnlyThatEnd(string window, int y, int m, int d, string expected)
    {
        var policy = Policy($"\"points\": 3, {window}");

        Assert.Equal(expected, Award(policy, new LocalDateTime(y, m, d, 12, 0)));
    }

    [Theory]
    // 3 × 1.5 = 4.5 → 5 and -4.5 → -5 (half away from zero); 3 × 2 = 6 for WeCom shares, 3 × 1 otherwise; 1 × 0.5 → 1.
    [InlineData("\"points\": 3, \"multiplier\": 1.5", "", "5")]
    [InlineData("\"points\": 3, \"multiplier\": \"e.Subject == \\\"wecom\\\" ? 2 : 1\"", "wecom", "6")]
    [InlineData("\"points\": 3, \"multiplier\": \"e.Subject == \\\"wecom\\\" ? 2 : 1\"", "email", "3")]
    [InlineData("\"points\": -3, \"multiplier\": 1.5", "", "-5")]
    [InlineData("\"points\": \"e.Minutes\", \"multiplier\": 0.5", "", "1")]
    public void Evaluate_Multiplier_PointsTimesMultiplierRoundedHalfAwayFromZero(string properties, string subject, string expected)
    {
        Assert.Equal(expected, Award(Policy(properties), new LocalDateTime(2025, 6, 2, 9, 0), subject, minutes: 1));
    }

    [Theory]
    // A multiplier expression may give exactly 0 (no points) and exactly 100 (PointsBounds.MaxMultiplier): 3 × 100 = 300.
    [InlineData(0, "0")]
    [InlineData(100, "300")]
    public void Evaluate_MultiplierExpressionAtItsBounds_IsApplied(int minutes, string expected)
    {
        var policy = Policy("\"points\": 3, \"multiplier\": \"e.Minutes * 1.0\"");

        Assert.Equal(expected, Award(policy, new LocalDateTime(2025, 6, 2, 9, 0), minutes: minutes));
    }

    [Fact]
    public void Evaluate_MultiplierExpressionOutOfRange_RejectsNamingTheField()
    {
        var policy = Policy("\"points\": 3, \"multiplier\": \"e.Minutes * 1.0\"");

        var result = Award(policy, new LocalDateTime(2025, 6, 2, 9, 0), minutes: 101);

        Assert.StartsWith("Properties.multiplier:", result, StringComparison.Ordinal);
        Assert.Contains("MaxMultiplier", result, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"points\": 3, \"validFrom\": \"June 1\"", "Properties.validFrom")]
    [InlineData("\"points\": 3, \"validFrom\": \"2025-06-08\", \"validTo\": \"2025-06-01\"", "Properties.validTo")]
    [InlineData("\"points\": 3, \"multiplier\": 101", "Properties.multiplier")]
    [InlineData("\"points\": 3, \"multiplier\": -1", "Properties.multiplier")]
    [InlineData("\"points\": 3, \"multiplier\": \"e.Nope\"", "Properties.multiplier")]
    public void Parse_BadWindowOrMultiplier_ErrorNamesTheField(string properties, string field)
    {
        var ex = Assert.Throws<PointsPolicyException>(() => Policy(properties));

        Assert.Equal(field, Assert.Single(ex.Errors).Field);
    }
}
