using System.Data.Common;
using HrKit.Points.Ledger;
using NodaTime;

namespace HrKit.Points.Tests.Support;

/// <summary>
/// A ledger as HrKit.Points wrote it at schema version 2 (before rule budgets). Version 3 only added the table
/// <c>points_rule_budgets</c> (and its tenant policy), so a ledger written by today's store with that table dropped and
/// its version row set back to 2 is, table for table, what version 2 wrote.
/// </summary>
internal static class Version2Ledger
{
    /// <summary>Writes an award of 10 to A (event e1) through <paramref name="store"/>, then turns the database back to version 2.</summary>
    public static async Task CreateAsync(IPointsLedgerStore store, DbConnection connection)
    {
        await store.AppendAsync([TestData.Award("e1", "A", 10)]);
        await store.DisposeAsync();
        await connection.OpenAsync();
        await Version3Ledger.TurnBackAsync(connection, 2, ["points_rule_budgets", .. Version3Ledger.ReportSummaryTables]);
    }

    /// <summary>What must hold once today's store opened it: the posting kept and replays recognised, budgets working.</summary>
    public static async Task AssertUpgradedAsync(IPointsLedgerStore store)
    {
        Assert.Equal(10, (await store.GetBalancesAsync("A")).Single().Points);
        Assert.Equal(["e1"], (await store.AppendAsync([TestData.Award("e1", "A", 10)])).DuplicateSources);
        var (start, end) = (Instant.FromUtc(2025, 6, 1, 16, 0), Instant.FromUtc(2025, 6, 2, 16, 0));
        var awards = await store.AppendAsync(new[] { "s1", "s2", "s3" }.Select(s => new PostingRequest(s, s + "/Share", "E" + s, "general", 4, TestData.Monday9am)
        {
            RuleName = "Share",
            Budget = new PostingBudget(start, end, 10),
        }).ToList());
        Assert.Equal([4L, 4, 2], awards.Posted.Select(p => p.Points));
    }
}
