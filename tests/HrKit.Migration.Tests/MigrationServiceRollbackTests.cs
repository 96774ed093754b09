using HrKit.Migration.Journal;
using HrKit.Migration.Records;
using HrKit.Migration.Tests.Support;
using HrKit.Payroll.Periods;
using NodaTime;

namespace HrKit.Migration.Tests;

public sealed class MigrationServiceRollbackTests : IDisposable
{
    private readonly MigrationWorkspace _ws = new();

    [Fact]
    public async Task RollbackAsync_AppliedBatch_RestoresEveryStoreAsItWas()
    {
        await using var t = await _ws.OpenAsync();
        var old = new RosterRecord("E001", "张伟") { Phone = "13800000000" };
        await t.Store.SaveAsync("acme", [old], [], new MigrationBatch("seed", "acme", "test", _ws.Clock.GetCurrentInstant(), MigrationBatchStatus.Applied, []));
        var applied = await _ws.Service.ApplyAsync(await _ws.MappingAsync(), t.Targets, _ws.Options);

        var batch = await _ws.Service.RollbackAsync(applied.BatchId, t.Targets, _ws.Options);

        Assert.Equal(MigrationBatchStatus.RolledBack, batch.Status);
        Assert.Equal(old, await t.Store.FindEmployeeAsync("acme", "E001"));
        Assert.Null(await t.Store.FindEmployeeAsync("acme", "E002"));
        Assert.Empty(await t.Payroll.ReadAsync(new PayslipQuery("acme", new YearMonth(2026, 1), new YearMonth(2026, 12))).ToListAsync());
        Assert.All(new[] { "E001", "E002", "E003" }, e => Assert.Equal(0, t.Points.GetBalancesAsync(e).Result.Sum(b => b.Points)));
    }

    [Fact]
    public async Task RollbackAsync_Twice_SecondChangesNothing()
    {
        await using var t = await _ws.OpenAsync();
        var applied = await _ws.Service.ApplyAsync(await _ws.MappingAsync(), t.Targets, _ws.Options);
        await _ws.Service.RollbackAsync(applied.BatchId, t.Targets, _ws.Options);
        var postings = (await t.Points.GetPostingsAsync(new Points.Ledger.PostingQuery())).Count;

        var again = await _ws.Service.RollbackAsync(applied.BatchId, t.Targets, _ws.Options);

        Assert.Equal(MigrationBatchStatus.RolledBack, again.Status);
        Assert.Equal(postings, (await t.Points.GetPostingsAsync(new Points.Ledger.PostingQuery())).Count);
    }

    [Fact]
    public async Task ApplyAsync_AfterRollback_AppliesTheBatchAgain()
    {
        await using var t = await _ws.OpenAsync();
        var mapping = await _ws.MappingAsync();
        var first = await _ws.Service.ApplyAsync(mapping, t.Targets, _ws.Options);
        await _ws.Service.RollbackAsync(first.BatchId, t.Targets, _ws.Options);
        _ws.Clock.AdvanceMinutes(1);

        var second = await _ws.Service.ApplyAsync(mapping, t.Targets, _ws.Options);

        Assert.Equal(first.BatchId, second.BatchId);
        Assert.True(second.Applied);
        Assert.Equal(1200, (await t.Points.GetBalancesAsync("E001")).Single().Points);
    }

    [Fact]
    public async Task RollbackAsync_MonthClosedSince_RefusesAndChangesNothing()
    {
        await using var t = await _ws.OpenAsync();
        var applied = await _ws.Service.ApplyAsync(await _ws.MappingAsync(), t.Targets, _ws.Options);
        var payroll = new PayrollPeriodService(t.Payroll, Payroll.Tests.Periods.PeriodTestData.TestEngine, _ws.Clock);
        await payroll.CloseAsync("acme", new YearMonth(2026, 1), "bob");
        await payroll.CloseAsync("acme", new YearMonth(2026, 2), "bob");

        var ex = await Assert.ThrowsAsync<MigrationException>(() => _ws.Service.RollbackAsync(applied.BatchId, t.Targets, _ws.Options));

        Assert.Equal(MigrationException.ConflictCode, ex.ErrorCode);
        Assert.NotNull(await t.Store.FindEmployeeAsync("acme", "E002"));
        Assert.Equal(1200, (await t.Points.GetBalancesAsync("E001")).Single().Points);
    }

    [Fact]
    public async Task RollbackAsync_UnknownBatch_ThrowsBatchUnknown()
    {
        await using var t = await _ws.OpenAsync();

        var ex = await Assert.ThrowsAsync<MigrationException>(() => _ws.Service.RollbackAsync("m-nope", t.Targets));

        Assert.Equal(MigrationException.BatchUnknownCode, ex.ErrorCode);
    }

    public void Dispose() => _ws.Dispose();
}
