using HrKit.Points.Ledger;
using HrKit.Points.Tests.Support;

namespace HrKit.Points.Tests.Ledger;

/// <summary>
/// Issue 14 (batched append speed): large batches go through the fast paths — multi-row inserts of several sizes bound
/// by position on SQLite, one set-based update of every touched account row, accounts created in bulk — and must still
/// give exactly what posting one by one would.
/// </summary>
public abstract partial class LedgerStoreBehaviour
{
    // 1 085 postings = 16 × 64 + 3 × 16 + 3 × 4 + 1: every multi-row statement size of the SQLite store is used.
    private static List<PostingRequest> SpreadBatch(string run, int count) =>
        Enumerable.Range(0, count)
            .Select(i => TestData.Award($"{run}-{i}", $"E{i % 300:D3}", 1 + (i % 7), (i / 300) % 2 == 0 ? "general" : "learning"))
            .ToList();

    [Fact]
    public async Task AppendAsync_BatchOverManyAccounts_EveryBalanceAndEarnedTotalIsTheSumOfItsPostings()
    {
        var first = SpreadBatch("a", 1_085);
        var second = SpreadBatch("b", 1_085);

        var posted = (await Store.AppendAsync(first)).Posted;
        posted = [.. posted, .. (await Store.AppendAsync(second)).Posted];

        // The expected totals are summed from the requests themselves (plain credits: no cap, no clamp).
        var expected = first.Concat(second).GroupBy(r => (r.EmployeeId, r.Category)).ToDictionary(g => g.Key, g => g.Sum(r => r.Points));
        Assert.Equal(2_170, posted.Count);
        Assert.Equal(600, expected.Count);
        foreach (var employee in expected.Keys.Select(k => k.EmployeeId).Distinct())
        {
            var balances = await Store.GetBalancesAsync(employee);
            Assert.Equal(
                expected.Where(e => e.Key.EmployeeId == employee).OrderBy(e => e.Key.Category, StringComparer.Ordinal).Select(e => (e.Key.Category, e.Value)),
                balances.Select(b => (b.Category, b.Points)));
            Assert.Equal(expected.Where(e => e.Key.EmployeeId == employee).Sum(e => e.Value), await Store.GetLifetimeEarnedAsync(employee));
        }
    }

    [Fact]
    public async Task AppendAsync_LargeBatch_IdsIncreaseInRequestOrderAndMatchTheStoredRows()
    {
        var batch = SpreadBatch("a", 1_085);

        var posted = (await Store.AppendAsync(batch)).Posted;

        var stored = await Store.GetPostingsAsync(new PostingQuery());
        Assert.Equal(batch.Select(r => r.IdempotencyKey), posted.Select(p => p.IdempotencyKey));
        Assert.True(posted.Zip(posted.Skip(1)).All(pair => pair.First.Id < pair.Second.Id));
        Assert.Equal(stored.Select(p => (p.Id, p.IdempotencyKey, p.EmployeeId, p.Category, p.Points)), posted.Select(p => (p.Id, p.IdempotencyKey, p.EmployeeId, p.Category, p.Points)));
    }

    [Fact]
    public async Task AppendAsync_LargeBatchWithRecordedAndRepeatedKeys_RecordsEachKeyOnceAndCountsItOnce()
    {
        var first = SpreadBatch("a", 500);
        await Store.AppendAsync(first);
        // Half of the first batch again (already recorded), 300 new postings, and 100 of those delivered twice in a row.
        var fresh = SpreadBatch("b", 300);
        var replay = first.Take(250).Concat(fresh).Concat(fresh.Take(100)).ToList();

        var result = await Store.AppendAsync(replay);

        Assert.Equal(fresh.Select(r => r.IdempotencyKey), result.Posted.Select(p => p.IdempotencyKey));
        Assert.Equal(first.Take(250).Select(r => r.SourceId).Concat(fresh.Take(100).Select(r => r.SourceId)), result.DuplicateSources);
        var all = first.Concat(fresh).ToList();
        Assert.Equal(all.Count, (await Store.GetPostingsAsync(new PostingQuery())).Count);
        var employee = "E007";
        Assert.Equal(all.Where(r => r.EmployeeId == employee).Sum(r => r.Points), (await Store.GetBalancesAsync(employee)).Sum(b => b.Points));
    }
}
