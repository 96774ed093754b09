using HrKit.Points.Catalog;
using HrKit.Points.Ledger;
using HrKit.Points.Tests.Support;
using NodaTime;

namespace HrKit.Points.Tests.Ledger;

/// <summary>
/// Every refusal of the ledger's own operations with its documented English text (PointsStrings.resx), the values in it
/// worked by hand; and the id length bounds of a posting on both sides of each edge.
/// </summary>
public abstract partial class LedgerStoreBehaviour
{
    private static async Task<string> RefusedAsync<TException>(Func<Task> act)
        where TException : Exception => (await Assert.ThrowsAsync<TException>(act)).Message;

    [Fact]
    public async Task AdjustAsync_EachRefusal_ItsDocumentedText()
    {
        await Store.AppendAsync([TestData.Award("e1", "A", 5)]);

        Assert.Equal("Adjustment 'adj-1': points must be non-zero and within ±1,000,000 (PointsBounds.MaxPointsPerPosting).",
            await RefusedAsync<PointsInputException>(() => Store.AdjustAsync(Adjustment(points: 0))));
        Assert.Equal("Adjustment 'adj-1' takes 7 general points; employee 'A' has 5.",
            await RefusedAsync<PointsLedgerException>(() => Store.AdjustAsync(Adjustment(points: -7))));
        Assert.Equal("Reason: a reason of 1 to 500 characters is required (it is kept in the employee's history).",
            await RefusedAsync<PointsInputException>(() => Store.AdjustAsync(Adjustment(reason: " "))));
        Assert.Equal("Adjustment 'adj-1': metadata may hold at most 32 entries, keys of 1 to 64 and values of up to 1,024 characters.",
            await RefusedAsync<PointsInputException>(() => Store.AdjustAsync(Adjustment() with { Metadata = new Dictionary<string, string> { [""] = "v" } })));
        Assert.Equal(5, await BalanceAsync("A"));
    }

    [Fact]
    public async Task AdjustAsync_OutsideTheEventTimes_RefusedNamingTheTime()
    {
        var ex = await Assert.ThrowsAsync<PointsInputException>(() => Store.AdjustAsync(Adjustment() with { OccurredAt = Instant.FromUtc(1999, 12, 31, 23, 59) }));

        Assert.Equal(("adj-1", "occurredAt"), (ex.Target?.Record, ex.Target?.Field));
        Assert.StartsWith("Adjustment 'adj-1': occurred at 1999-12-31T23:59:00Z, outside 2000-01-01T00:00:00Z", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith(" (PointsBounds.EventTimes).", ex.Message, StringComparison.Ordinal);
        Assert.Empty(await Store.GetPostingsAsync(new PostingQuery()));
    }

    [Fact]
    public async Task AdjustAsync_PastMaxBalance_ItsDocumentedText()
    {
        await WriteUncheckedAsync(Legacy("old", "A", PointsBounds.MaxBalance - 5));

        var ex = await Assert.ThrowsAsync<PointsLedgerException>(() => Store.AdjustAsync(Adjustment(points: 6)));

        Assert.Equal((PointsLedgerError.BalanceLimitExceeded, "Adjustment 'adj-1' would take employee 'A' past 1,000,000,000,000,000 general points (PointsBounds.MaxBalance)."),
            (ex.Error, ex.Message));
    }

    [Fact]
    public async Task RedeemAndReverse_EachRefusal_ItsDocumentedText()
    {
        var award = Assert.Single((await Store.AppendAsync([TestData.Award("e1", "A", 10)])).Posted);
        await Store.SaveItemAsync(new CatalogItem("pen", "Pen", CatalogItemKind.Welfare, 4, Stock: 5, PerEmployeeLimit: 1));
        await Store.SaveItemAsync(new CatalogItem("mug", "Mug", CatalogItemKind.Welfare, 1, Stock: 0));

        Assert.Equal("Unknown catalog item 'cup'.", await RefusedAsync<PointsLedgerException>(() => RedeemAsync("r0", "A", "cup")));
        Assert.Equal("'Mug' is out of stock.", await RefusedAsync<PointsLedgerException>(() => RedeemAsync("r1", "A", "mug")));
        var redemption = await RedeemAsync("r2", "A", "pen");
        Assert.Equal("Employee 'A' has already redeemed 'Pen' 1 time(s), the limit per employee.", await RefusedAsync<PointsLedgerException>(() => RedeemAsync("r3", "A", "pen")));
        Assert.Equal("No posting has id 987654.", await RefusedAsync<PointsLedgerException>(() => Store.ReverseAsync(987654)));

        // 10 earned, 4 spent: 6 left, so the award of 10 cannot be taken back.
        Assert.Equal($"Reversing posting {award.Id} takes back 10 points but only 6 are left; they have been spent.",
            await RefusedAsync<PointsLedgerException>(() => Store.ReverseAsync(award.Id)));
        var reversal = await Store.ReverseAsync(redemption.Id);
        Assert.Equal($"Posting {reversal.Id} is a reversal; only awards, adjustments and redemptions can be reversed.",
            await RefusedAsync<PointsLedgerException>(() => Store.ReverseAsync(reversal.Id)));
        Assert.Equal(10, await BalanceAsync("A"));
    }

    [Fact]
    public async Task SaveItemAsync_PriceOutOfBounds_ItsDocumentedText()
    {
        Assert.Equal("Item 'pen': the price 0 must be from 1 to 1,000,000 points (PointsBounds.MaxPointsPerPosting).",
            await RefusedAsync<PointsInputException>(() => Store.SaveItemAsync(new CatalogItem("pen", "Pen", CatalogItemKind.Welfare, 0))));
    }

    [Fact]
    public async Task GetLeaderboardAsync_TopOutOfBounds_ItsDocumentedText()
    {
        var week = new Interval(TestData.Monday9am, TestData.Monday9am + Duration.FromDays(7));

        Assert.Equal("Leaderboard: top must be from 1 to 1,000, the period must not be empty and at most 10,000 employees may be named.",
            await RefusedAsync<PointsInputException>(() => Store.GetLeaderboardAsync(new LeaderboardQuery(week, 1001))));
        await Assert.ThrowsAsync<ArgumentNullException>(() => Store.GetLeaderboardAsync(null!));
    }

    [Fact]
    public async Task AppendAsync_EachRefusedPosting_ItsDocumentedText()
    {
        var award = TestData.Award("e1", "A", 1);

        Assert.Equal("Posting 'e1/r' needs a source id, idempotency key, employee id and category; nothing of the batch was recorded.",
            await RefusedAsync<PointsInputException>(() => Store.AppendAsync([award with { Category = "" }])));
        Assert.Equal("Posting 'e1/r': a budget needs the rule name, a limit from 1 to 1,000,000,000,000,000 (PointsBounds.MaxBalance) and a period holding the event's time 2025-06-02T01:00:00Z; nothing of the batch was recorded.",
            await RefusedAsync<PointsInputException>(() => Store.AppendAsync([award with { Budget = new PostingBudget(TestData.Monday9am, TestData.Monday9am + Duration.FromDays(1), 0) }])));
        var time = await RefusedAsync<PointsInputException>(() => Store.AppendAsync([award with { OccurredAt = Instant.FromUtc(2201, 1, 1, 0, 0) }]));
        Assert.StartsWith("Posting 'e1/r': occurred at 2201-01-01T00:00:00Z, outside 2000-01-01T00:00:00Z", time, StringComparison.Ordinal);
        Assert.EndsWith(" (PointsBounds.EventTimes); nothing of the batch was recorded.", time, StringComparison.Ordinal);
        Assert.Empty(await Store.GetPostingsAsync(new PostingQuery()));
    }

    // Source, employee and category ids may be 256 characters; an idempotency key 256 + 1 + 128 (a source id, a
    // separator and a rule name). One character more of any is refused, the key shown cut at 80 characters.
    [Theory]
    [InlineData("source")]
    [InlineData("employee")]
    [InlineData("category")]
    [InlineData("key")]
    public async Task AppendAsync_IdsAtTheirLengthBound_AcceptedOneMoreRefused(string which)
    {
        PostingRequest Posting(string tag, int extra)
        {
            string Id(int length) => tag + new string('x', length - tag.Length);
            var request = new PostingRequest(tag, tag + "/k", "A", "general", 1, TestData.Monday9am);
            return which switch
            {
                "source" => request with { SourceId = Id(PointsBounds.MaxIdLength + extra) },
                "employee" => request with { EmployeeId = Id(PointsBounds.MaxIdLength + extra) },
                "category" => request with { Category = Id(PointsBounds.MaxIdLength + extra) },
                _ => request with { IdempotencyKey = Id(PointsBounds.MaxIdLength + 1 + PointsBounds.MaxRuleNameLength + extra) },
            };
        }

        var accepted = await Store.AppendAsync([Posting("ok", 0)]);
        var refused = Posting("no", 1);
        var ex = await Assert.ThrowsAsync<PointsInputException>(() => Store.AppendAsync([refused]));

        Assert.Single(accepted.Posted);
        // The 386-character key is shown as its first 80 characters and "…"; the others' key "no/k" whole.
        var shown = which == "key" ? "no" + new string('x', 78) + "…" : "no/k";
        Assert.Equal($"Posting '{shown}': source id, employee id and category may be at most 256 characters (PointsBounds.MaxIdLength); nothing of the batch was recorded.", ex.Message);
        Assert.Equal(shown, ex.Target?.Record);
        Assert.Single(await Store.GetPostingsAsync(new PostingQuery()));
    }
}
