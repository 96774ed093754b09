using HrKit.Points.Ledger;
using HrKit.Points.Model;
using HrKit.Points.Tests.Support;
using NodaTime;

namespace HrKit.Points.Tests.Ledger;

/// <summary>
/// Each required part of a posting request on its own, each bound at its edge, and the field every refusal names: a
/// request is refused whole before anything is written, whichever single part is wrong.
/// </summary>
public abstract partial class LedgerStoreBehaviour
{
    private static PostingRequest Complete(string id = "p1") => TestData.Award(id, "A", 5);

    [Fact]
    public async Task AppendAsync_NullBatchOrNullRequest_RefusedAsDocumented()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => Store.AppendAsync(null!));

        var ex = await Assert.ThrowsAsync<PointsInputException>(() => Store.AppendAsync([Complete(), null!]));

        Assert.Equal("Posting '' needs a source id, idempotency key, employee id and category; nothing of the batch was recorded.", ex.Message);
        Assert.Equal(0, await BalanceAsync("A"));
    }

    [Theory]
    [InlineData("source")]
    [InlineData("key")]
    [InlineData("employee")]
    [InlineData("category")]
    public async Task AppendAsync_OnePartMissingOfAnOtherwiseCompleteRequest_RefusesTheBatch(string missing)
    {
        var request = missing switch
        {
            "source" => Complete("p2") with { SourceId = "" },
            "key" => Complete("p2") with { IdempotencyKey = "" },
            "employee" => Complete("p2") with { EmployeeId = "" },
            _ => Complete("p2") with { Category = "" },
        };

        var ex = await Assert.ThrowsAsync<PointsInputException>(() => Store.AppendAsync([Complete(), request]));

        Assert.Equal($"Posting '{request.IdempotencyKey}' needs a source id, idempotency key, employee id and category; nothing of the batch was recorded.", ex.Message);
        Assert.Empty(await Store.GetPostingsAsync(new PostingQuery()));
    }

    [Fact]
    public async Task AppendAsync_CapLimitZeroRefusedNamingIt_OneAccepted()
    {
        var zero = await Assert.ThrowsAsync<PointsInputException>(() => Store.AppendAsync([Complete() with { CapKey = "Share@day", CapLimit = 0 }]));
        var one = await Store.AppendAsync([Complete() with { CapKey = "Share@day", CapLimit = 1 }, Complete("p2") with { CapKey = "Share@day", CapLimit = 1 }]);

        Assert.Equal(("p1/r", "capLimit"), (zero.Target?.Record, zero.Target?.Field));
        // The cap is on points: 1 of the first 5 is posted, and nothing is left for the second (recorded at 0, so a replay skips it).
        Assert.Equal([1L, 0L], one.Posted.Select(p => p.Points));
        Assert.Equal(1, await BalanceAsync("A"));
    }

    [Fact]
    public async Task AppendAsync_OccurredOutsideTheEventTimes_RefusedNamingTheKeyAndField()
    {
        var ex = await Assert.ThrowsAsync<PointsInputException>(() => Store.AppendAsync([Complete() with { OccurredAt = Instant.FromUtc(1999, 12, 31, 23, 59) }]));

        Assert.Equal(("p1/r", "occurredAt"), (ex.Target?.Record, ex.Target?.Field));
        Assert.StartsWith("Posting 'p1/r': occurred at 1999-12-31T23:59:00Z, outside 2000-01-01T00:00:00Z", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetLeaderboardAsync_Refused_NamesTheQuery()
    {
        var day = new Interval(TestData.Monday9am, TestData.Monday9am + Duration.FromDays(1));

        var ex = await Assert.ThrowsAsync<PointsInputException>(() => Store.GetLeaderboardAsync(new LeaderboardQuery(day, 0)));

        Assert.Equal("query", ex.Target?.Field);
        Assert.Equal("Leaderboard: top must be from 1 to 1,000, the period must not be empty and at most 10,000 employees may be named.", ex.Message);
    }

    [Fact]
    public async Task GetBalancesAsOfAsync_NoEmployee_RefusedNamingTheArgument()
    {
        await Store.AppendAsync([Complete()]);

        Assert.Equal("employeeId", (await Assert.ThrowsAsync<ArgumentException>(() => Store.GetBalancesAsOfAsync("", TestData.Monday9am))).ParamName);
        Assert.Equal("employeeId", (await Assert.ThrowsAsync<ArgumentNullException>(() => Store.GetBalancesAsOfAsync(null!, TestData.Monday9am))).ParamName);
    }
}
