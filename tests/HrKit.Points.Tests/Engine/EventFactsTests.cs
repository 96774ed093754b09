using HrKit.Points.Engine;
using HrKit.Points.Model;
using HrKit.Points.Policies;
using NodaTime;

namespace HrKit.Points.Tests.Engine;

public sealed class EventFactsTests
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    [Fact]
    public void Load_ReusedForASecondEvent_ReplacesEveryFieldIncludingLocalTime()
    {
        var facts = new EventFacts();
        // 2025-06-02 01:00 UTC is Monday 09:00 in Shanghai.
        facts.Load(new PointsEvent("a", "E1", "review", Instant.FromUtc(2025, 6, 2, 1, 0)) { Score = 91.5m, Count = 2, Minutes = 40, Days = 3, Subject = "s" }, Shanghai);
        Assert.Equal((9, 0, 1, 2), (facts.Hour, facts.Minute, facts.DayOfWeek, facts.Day));

        // 2025-06-07 15:30 UTC is Saturday 23:30 in Shanghai; the optional fields fall back to 0 and "".
        facts.Load(new PointsEvent("b", "E2", "checkIn", Instant.FromUtc(2025, 6, 7, 15, 30)), Shanghai);

        Assert.Equal(("checkIn", "E2", 0m, 0, 0, 0, ""), (facts.Type, facts.EmployeeId, facts.Score, facts.Count, facts.Minutes, facts.Days, facts.Subject));
        Assert.Equal((23, 30, 6, 7), (facts.Hour, facts.Minute, facts.DayOfWeek, facts.Day));
    }

    [Fact]
    public void Parse_ExpressionReadingAnInternalFactsMember_IsRejected()
    {
        var ex = Assert.Throws<PointsPolicyException>(() => PointsPolicyLoader.Parse(
            """{ "WorkflowName": "T", "Rules": [ { "RuleName": "Peek", "Expression": "e.Local.Hour > 1", "Properties": { "points": 1 } } ] }"""));

        Assert.Equal(("Peek", "Expression"), (Assert.Single(ex.Errors).RuleName, ex.Errors[0].Field));
    }
}
