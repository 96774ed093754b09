using HrKit.Points.Ledger;
using HrKit.Points.Model;
using HrKit.Points.Tests.Support;
using NodaTime;

namespace HrKit.Points.Tests.Ledger;

/// <summary>Manual adjustments at their edges: each field checked and named, the bounds on both sides, what is stored.</summary>
public abstract partial class LedgerStoreBehaviour
{
    private static PointsAdjustment Adjustment(string requestId = "adj-1", long points = 5, string reason = "gate broken") =>
        new(requestId, "A", "general", points, reason);

    [Fact]
    public async Task AdjustAsync_NullOrAnEmptyId_RefusedNamingTheField()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => Store.AdjustAsync(null!));
        Assert.Equal("RequestId", (await Assert.ThrowsAsync<ArgumentException>(() => Store.AdjustAsync(Adjustment() with { RequestId = "" }))).ParamName);
        Assert.Equal("EmployeeId", (await Assert.ThrowsAsync<ArgumentException>(() => Store.AdjustAsync(Adjustment() with { EmployeeId = "" }))).ParamName);
        Assert.Equal("Category", (await Assert.ThrowsAsync<ArgumentException>(() => Store.AdjustAsync(Adjustment() with { Category = "" }))).ParamName);
        Assert.Equal("Reason", (await Assert.ThrowsAsync<PointsInputException>(() => Store.AdjustAsync(Adjustment(reason: " ")))).Target?.Field);

        Assert.Empty(await Store.GetPostingsAsync(new PostingQuery()));
    }

    [Fact]
    public async Task AdjustAsync_ReasonOfExactly500Characters_AcceptedOneMoreRefused()
    {
        var accepted = await Store.AdjustAsync(Adjustment(reason: new string('r', PointsAdjustment.MaxReasonLength)));
        var ex = await Assert.ThrowsAsync<PointsInputException>(() => Store.AdjustAsync(Adjustment("adj-2", reason: new string('r', PointsAdjustment.MaxReasonLength + 1))));

        Assert.Equal(500, accepted.Reason!.Length);
        Assert.Equal("Reason", ex.Target?.Field);
        Assert.Equal(5, await BalanceAsync("A"));
    }

    [Fact]
    public async Task AdjustAsync_MetadataAtItsBounds_AcceptedOneBeyondEachRefused()
    {
        Dictionary<string, string> Entries(int count) => Enumerable.Range(0, count).ToDictionary(i => $"k{i}", _ => "v");
        var atBounds = new Dictionary<string, string> { [new string('k', 64)] = new string('v', 1024) };
        var refused = new[]
        {
            Entries(PointsAdjustment.MaxMetadataEntries + 1),
            new() { [new string('k', 65)] = "v" },
            new() { ["k"] = new string('v', 1025) },
            new() { [""] = "v" },
            new() { ["good"] = "v", ["bad"] = new string('v', 1025) }, // one bad entry among good ones
        };

        await Store.AdjustAsync(Adjustment("adj-1") with { Metadata = Entries(PointsAdjustment.MaxMetadataEntries) });
        await Store.AdjustAsync(Adjustment("adj-2") with { Metadata = atBounds });
        for (var i = 0; i < refused.Length; i++)
        {
            var ex = await Assert.ThrowsAsync<PointsInputException>(() => Store.AdjustAsync(Adjustment($"bad-{i}") with { Metadata = refused[i] }));
            Assert.Equal(($"bad-{i}", "metadata"), (ex.Target?.Record, ex.Target?.Field));
        }

        Assert.Equal(10, await BalanceAsync("A"));
    }

    [Fact]
    public async Task AdjustAsync_CreditAndDebit_StoreTheirTimeAndOnlyTheCreditExpires()
    {
        var occurred = TestData.Monday9am - Duration.FromDays(3);

        var credit = await Store.AdjustAsync(Adjustment() with { OccurredAt = occurred });
        var debit = await Store.AdjustAsync(Adjustment("adj-2", points: -2));

        // The store's lots expire 30 days after they are recorded (CreateStore's expireAfter).
        Assert.Equal((occurred, (Instant?)(TestData.Monday9am + Duration.FromDays(30))), (credit.OccurredAt, credit.ExpiresAt));
        Assert.Equal((TestData.Monday9am, (Instant?)null), (debit.OccurredAt, debit.ExpiresAt));
        Assert.Equal(3, await BalanceAsync("A"));
    }

    [Fact]
    public async Task AdjustAsync_RequestIdEqualToAnAwardsKey_IsItsOwnPosting()
    {
        // Adjustments are keyed adjust:<request id>, apart from the keys hosts give their postings.
        await Store.AppendAsync([new PostingRequest("x1", "x1", "A", "general", 10, TestData.Monday9am) { RuleName = "r" }]);

        var adjusted = await Store.AdjustAsync(Adjustment("x1"));

        Assert.Equal((PostingKind.Adjustment, "adjust:x1", 5L), (adjusted.Kind, adjusted.IdempotencyKey, adjusted.Points));
        Assert.Equal(15, await BalanceAsync("A"));
    }

    [Fact]
    public async Task AdjustAsync_RefusedAmounts_NameTheRequestAndThePointsField()
    {
        await Store.AppendAsync([TestData.Award("e1", "A", 5)]);
        await WriteUncheckedAsync(Legacy("old", "B", PointsBounds.MaxBalance - 5));

        var zero = await Assert.ThrowsAsync<PointsInputException>(() => Store.AdjustAsync(Adjustment("adj-1", points: 0)));
        var overdraw = await Assert.ThrowsAsync<PointsLedgerException>(() => Store.AdjustAsync(Adjustment("adj-2", points: -6)));
        var pastMax = await Assert.ThrowsAsync<PointsLedgerException>(() => Store.AdjustAsync(Adjustment("adj-3", points: 6) with { EmployeeId = "B" }));

        Assert.Equal([("adj-1", "points"), ("adj-2", "points"), ("adj-3", "points")], new HrKitException[] { zero, overdraw, pastMax }.Select(e => (e.Target?.Record, e.Target?.Field)));
    }

    [Fact]
    public async Task AdjustAsync_UpToMaxBalanceExactly_AcceptedOnePointMoreRefused()
    {
        await WriteUncheckedAsync(Legacy("old", "A", PointsBounds.MaxBalance - 10));

        var ex = await Assert.ThrowsAsync<PointsLedgerException>(() => Store.AdjustAsync(Adjustment("adj-1", points: 11)));
        await Store.AdjustAsync(Adjustment("adj-2", points: 10));

        Assert.Equal(PointsLedgerError.BalanceLimitExceeded, ex.Error);
        Assert.Equal(PointsBounds.MaxBalance, await BalanceAsync("A"));
    }

    [Fact]
    public async Task Queries_EmptyIdsOrTooManyEmployees_RefusedAtTheirBounds()
    {
        var exactly = Enumerable.Range(0, LeaderboardQuery.MaxEmployees).Select(i => $"e{i}").ToList();

        await Assert.ThrowsAsync<ArgumentException>(() => Store.GetActivityAsync("", "checkIn", June));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.GetActivityAsync("A", "", June));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.GetLifetimeEarnedAsync(""));
        await Assert.ThrowsAsync<PointsInputException>(() => Store.GetLeaderboardAsync(new LeaderboardQuery(June, 10) { EmployeeIds = [.. exactly, "one more"] }));
        Assert.Empty(await Store.GetLeaderboardAsync(new LeaderboardQuery(June, 10) { EmployeeIds = exactly }));
    }
}
