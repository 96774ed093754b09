using Microsoft.Extensions.Options;
using HrKit.Points.Engine;
using HrKit.Points.Ledger;
using HrKit.Points.Model;
using HrKit.Points.Policies;
using HrKit.Points.Tests.Support;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Points.Tests.Engine;

/// <summary>
/// Issue 10: an event that is invalid, or that a rule fails on, is rejected on its own with the field, rule and reason;
/// the rest of the batch is recorded and nothing escapes.
/// </summary>
public sealed class PointsServiceRejectionTests
{
    private readonly FakeClock _clock = new(TestData.Monday9am);

    private PointsService Create(string policyJson, PointsOptions? options = null) =>
        new(new StaticPointsPolicySource(PointsPolicyLoader.Parse(policyJson)), PointsLedgerStores.InMemory(_clock), Options.Create(options ?? new PointsOptions()));

    private static string TwoRules(string failing, string pointsOrExpression = "1") =>
        $$"""
        { "WorkflowName": "T", "Rules": [
          { "RuleName": "Fragile", "Expression": {{System.Text.Json.JsonSerializer.Serialize(failing)}}, "Properties": { "points": {{pointsOrExpression}} } },
          { "RuleName": "Steady", "Expression": "e.Type == \"checkIn\"", "Properties": { "points": 2 } } ] }
        """;

    [Fact]
    public async Task ProcessBatchAsync_PointsExpressionOverflowsInt_RejectsThatEventInsteadOfWrapping()
    {
        // 3,000 × 1,000,000 = 3 × 10^9 overflows int; unchecked it wrapped to -1,294,967,296 and wiped the balance.
        var service = Create(PolicyJson.PointsExpression("e.Minutes * 1000000", "e.Type == \"course\"", "PerMinute"));
        PointsEvent[] events = [TestData.Event("ok", "E1", "course") with { Minutes = 1 }, TestData.Event("big", "E1", "course") with { Minutes = 3_000 }];

        var result = await service.ProcessBatchAsync(events);

        var rejected = Assert.Single(result.Rejected);
        Assert.Equal((1, "big", "PerMinute", "Properties.points"), (rejected.Index, rejected.EventId, rejected.RuleName, rejected.Field));
        Assert.Contains(nameof(OverflowException), rejected.Reason, StringComparison.Ordinal);
        Assert.Equal(1_000_000, (await service.GetBalancesAsync("E1")).Single().Points);
    }

    [Fact]
    public async Task ProcessAsync_PointsExpressionAbovePostingBound_RejectedNamingTheBound()
    {
        // 2,000 × 1,000 = 2,000,000 is above PointsBounds.MaxPointsPerPosting (1,000,000).
        var service = Create(PolicyJson.PointsExpression("e.Days * 1000", name: "PerDay"));

        var result = await service.ProcessAsync(TestData.Event("d", "E1", "x") with { Days = 2_000 });

        Assert.Empty(result.Posted);
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal(("PerDay", "Properties.points"), (rejected.RuleName, rejected.Field));
        Assert.Contains("computed 2,000,000 points", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessAsync_ConditionOverflows_RejectedRatherThanMatchingOnAWrappedValue()
    {
        // Unchecked, 3,000 × 1,000,000 wrapped negative and the condition was silently false.
        var service = Create(PolicyJson.OneRule("e.Minutes * 1000000 != 0", name: "Big"));

        var result = await service.ProcessAsync(TestData.Event("m", "E1", "x") with { Minutes = 3_000 });

        Assert.Equal(("Big", "Expression"), (Assert.Single(result.Rejected).RuleName, result.Rejected[0].Field));
    }

    [Theory]
    [InlineData("10 / e.Count > 1", nameof(DivideByZeroException))]
    [InlineData("e.Subject.Substring(3) != \"x\"", nameof(ArgumentOutOfRangeException))]
    [InlineData("e.Subject.Substring(1, 2) != \"x\"", nameof(ArgumentOutOfRangeException))]
    public async Task ProcessBatchAsync_ConditionThrows_RejectsOnlyThatEventAndRecordsTheRest(string condition, string exception)
    {
        var service = Create(TwoRules(condition));
        PointsEvent[] events =
        [
            TestData.Event("a", "E1", "checkIn") with { Count = 5, Subject = "abcdef" },
            TestData.Event("b", "E1", "checkIn", TestData.Monday9am + Duration.FromDays(1)) with { Count = 0, Subject = "ab" },
            TestData.Event("c", "E1", "checkIn", TestData.Monday9am + Duration.FromDays(2)) with { Count = 5, Subject = "abcdef" },
        ];

        var result = await service.ProcessBatchAsync(events);

        var rejected = Assert.Single(result.Rejected);
        Assert.Equal((1, "b", "Fragile", "Expression"), (rejected.Index, rejected.EventId, rejected.RuleName, rejected.Field));
        Assert.Contains(exception, rejected.Reason, StringComparison.Ordinal);
        // Nothing of event b, not even the Steady rule that matched it.
        Assert.Equal(["a", "a", "c", "c"], result.Posted.Select(p => p.SourceId));
        Assert.DoesNotContain(await service.Store.GetPostingsAsync(new PostingQuery()), p => p.SourceId == "b");
    }

    [Fact]
    public async Task ProcessAsync_RejectedEventFixedAndResent_IsRecorded()
    {
        var service = Create(TwoRules("10 / e.Count > 1"));

        var first = await service.ProcessAsync(TestData.Event("a", "E1", "checkIn") with { Count = 0 });
        var resent = await service.ProcessAsync(TestData.Event("a", "E1", "checkIn") with { Count = 2 });

        Assert.Single(first.Rejected);
        Assert.Equal((2, 0), (resent.Posted.Count, resent.DuplicateSources.Count));
    }

    [Theory]
    [InlineData(9999, 12, 31)]
    [InlineData(1, 1, 1)]
    [InlineData(1999, 12, 31)]
    [InlineData(2201, 1, 1)]
    public async Task ProcessAsync_OccurredOutsideEventTimes_RejectedNamingEventAndField(int year, int month, int day)
    {
        var service = Create(PointsPolicyLoader.ReadDefaultJson(), new PointsOptions { ExpireAfter = Duration.FromDays(365), TimeZoneId = "Pacific/Kiritimati" });

        var result = await service.ProcessAsync(TestData.Event("far", "E1", "shareArticle", Instant.FromUtc(year, month, day, 0, 0)));

        var rejected = Assert.Single(result.Rejected);
        Assert.Equal(("far", "occurredAt"), (rejected.EventId, rejected.Field));
        Assert.Contains("PointsBounds.EventTimes", rejected.Reason, StringComparison.Ordinal);
        Assert.Empty(result.Posted);
    }

    [Theory]
    [InlineData("Pacific/Kiritimati")]
    [InlineData("Etc/GMT+12")]
    [InlineData("America/Los_Angeles")]
    public async Task ProcessAsync_EventsAtBothEndsOfEventTimes_CapKeysAndExpiryAreExact(string zone)
    {
        var service = Create(PointsPolicyLoader.ReadDefaultJson(), new PointsOptions { ExpireAfter = PointsBounds.MaxExpireAfter, TimeZoneId = zone });
        var first = PointsBounds.EventTimes.Start;
        var last = PointsBounds.EventTimes.End - Duration.Epsilon;

        var result = await service.ProcessBatchAsync([TestData.Event("first", "E1", "shareArticle", first), TestData.Event("last", "E1", "trainingCompleted", last)]);

        Assert.Empty(result.Rejected);
        var tz = DateTimeZoneProviders.Tzdb[zone];
        Assert.Equal(
            [$"ShareArticle@{first.InZone(tz).Date:yyyy'-'MM'-'dd}", $"TrainingCourseCompleted@{last.InZone(tz).Date:yyyy'-'MM}"],
            result.Posted.Select(p => p.CapKey));
        Assert.Equal([first + PointsBounds.MaxExpireAfter, last + PointsBounds.MaxExpireAfter], result.Posted.Select(p => p.ExpiresAt!.Value));
    }

    [Theory]
    [InlineData("", "E1", "checkIn", "eventId")]
    [InlineData("e", " ", "checkIn", "employeeId")]
    [InlineData("e", "E1", "", "type")]
    public async Task ProcessAsync_MissingId_RejectedNamingTheField(string id, string employee, string type, string field)
    {
        var service = Create(PointsPolicyLoader.ReadDefaultJson());

        var result = await service.ProcessAsync(TestData.Event(id, employee, type));

        Assert.Equal(field, Assert.Single(result.Rejected).Field);
    }

    [Fact]
    public async Task ProcessBatchAsync_HugeIdsAndNullEvent_RejectedEachWithoutEchoingTheWholeId()
    {
        var service = Create(PointsPolicyLoader.ReadDefaultJson());
        var huge = new string('x', 1_000_000);

        var result = await service.ProcessBatchAsync([TestData.Event(huge, "E1", "checkIn"), TestData.Event("e", huge, "checkIn"), TestData.Event("t", "E1", huge), null!, TestData.Event("ok", "E1", "checkIn")]);

        Assert.Equal(["eventId", "employeeId", "type", "event"], result.Rejected.Select(r => r.Field));
        Assert.All(result.Rejected, r => Assert.True(r.ToString().Length < 1_000));
        Assert.Equal("ok", Assert.Single(result.Posted).SourceId);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(36_526)]
    public void Constructor_ExpireAfterOutOfRange_ThrowsArgumentExceptionNamingTheBound(int days)
    {
        var ex = Assert.Throws<ArgumentException>(() => Create(PointsPolicyLoader.ReadDefaultJson(), new PointsOptions { ExpireAfter = Duration.FromDays(days) }));

        Assert.Contains("PointsBounds.MaxExpireAfter", ex.Message, StringComparison.Ordinal);
    }
}
