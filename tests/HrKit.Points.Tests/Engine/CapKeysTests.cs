using Microsoft.Extensions.Options;
using HrKit.Points.Engine;
using HrKit.Points.Ledger;
using HrKit.Points.Policies;
using HrKit.Points.Tests.Support;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Points.Tests.Engine;

/// <summary>Cap keys are stored in the ledger, so their ISO shape (<c>Rule@uuuu-MM-dd</c> / <c>Rule@uuuu-MM</c>) is fixed.</summary>
public sealed class CapKeysTests
{
    [Theory]
    [InlineData(2025, 6, 2, CapPeriod.Day, "ShareArticle@2025-06-02")]
    [InlineData(2025, 12, 31, CapPeriod.Month, "ShareArticle@2025-12")]
    [InlineData(987, 1, 5, CapPeriod.Day, "ShareArticle@0987-01-05")]
    [InlineData(9999, 11, 30, CapPeriod.Month, "ShareArticle@9999-11")]
    [InlineData(-5, 3, 4, CapPeriod.Day, "ShareArticle@-0005-03-04")]
    [InlineData(0, 10, 4, CapPeriod.Month, "ShareArticle@0000-10")]
    public void For_Date_IsRuleAtIsoDateOrMonth(int year, int month, int day, CapPeriod period, string expected)
    {
        Assert.Equal(expected, CapKeys.For("ShareArticle", period, new LocalDate(year, month, day)));
    }

    [Fact]
    public void BuildRequests_CappedRulesJustAfterLocalMidnight_KeyedByTheShanghaiDateAndMonth()
    {
        var service = new PointsService(new StaticPointsPolicySource(PointsPolicyLoader.LoadDefault()), PointsLedgerStores.InMemory(new FakeClock(TestData.Monday9am)), Options.Create(new PointsOptions()));
        // 2025-06-30 16:30 UTC is 00:30 on 1 July in Shanghai.
        var at = Instant.FromUtc(2025, 6, 30, 16, 30);

        var requests = service.BuildRequests([TestData.Event("s", "E1", "shareArticle", at), TestData.Event("t", "E1", "trainingCompleted", at), TestData.Event("l", "E1", "late", at)]);

        Assert.Equal(["ShareArticle@2025-07-01", "TrainingCourseCompleted@2025-07", null], requests.Select(r => r.CapKey));
    }
}
