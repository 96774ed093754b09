using System.Data.Common;
using HrKit.Points.Ledger;
using NodaTime;

namespace HrKit.Points.Tests.Support;

/// <summary>
/// A ledger as HrKit.Points wrote it at schema version 2 (before rule budgets). Version 3 only added the table
/// <c>points_rule_budgets</c> (and its tenant policy), so the version 3 ledger of <see cref="Version3Ledger"/> without
/// that table and with version 2 recorded is, table for table, what version 2 wrote. (Until schema version 4 this was a
/// ledger written by the store of the day with that table dropped; today's store writes posting chains version 2 never had.)
/// </summary>
internal static class Version2Ledger
{
    /// <summary>Writes the rows of <see cref="Version3Ledger"/> (A has 70 general points from event e1 and others) under schema version 2.</summary>
    public static async Task CreateAsync(DbConnection connection, Version3Ledger.Dialect dialect)
    {
        await connection.OpenAsync();
        await Version3Ledger.CreateAsync(connection, dialect, withBudgets: false);
    }

    /// <summary>What must hold once today's store opened it: the posting kept and replays recognised, budgets working.</summary>
    public static async Task AssertUpgradedAsync(IPointsLedgerStore store)
    {
        Assert.Equal(70, (await store.GetBalancesAsync("A"))[0].Points);
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
