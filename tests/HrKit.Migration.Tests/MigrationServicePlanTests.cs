using HrKit.Migration.Mapping;
using HrKit.Migration.Planning;
using HrKit.Migration.Sandbox;
using HrKit.Migration.Tests.Support;

namespace HrKit.Migration.Tests;

public sealed class MigrationServicePlanTests : IDisposable
{
    private readonly MigrationWorkspace _ws = new();

    [Fact]
    public async Task PlanAsync_OnSandboxCopies_LeavesTheRealStoresByteForByte()
    {
        // A real store that already holds an older roster row for E001 (another phone number).
        await using (var t = await _ws.OpenAsync())
        {
            await t.Store.SaveAsync("acme", [new Records.RosterRecord("E001", "张伟") { Phone = "13800000000", NationalId = "110101199003071234" }], [],
                new Journal.MigrationBatch("seed", "acme", "test", _ws.Clock.GetCurrentInstant(), Journal.MigrationBatchStatus.Applied, []));
        }

        var before = _ws.StoreHashes();
        MigrationReport report;
        await using (var sandbox = SqliteSandbox.Create())
        {
            var copy = await OpenTargetsCopyAsync(sandbox);
            await using (copy)
            {
                report = await _ws.Service.PlanAsync(await _ws.MappingAsync(), copy.Targets, _ws.Options);
                Assert.NotNull(await copy.Store.FindEmployeeAsync("acme", "E002")); // the sandbox took the writes
            }
        }

        Assert.Equal(before, _ws.StoreHashes());
        Assert.True(report.DryRun);
        Assert.Equal((2L, 1L, 0L), Roster(report));
        var changed = Assert.Single(report.Differences, d => d.Kind == MigrationSourceKind.Roster && d.Change == MigrationChange.Changed);
        Assert.Equal("E001", changed.Key);
        var phone = Assert.Single(changed.Fields, f => f.Field == "phone");
        Assert.Equal("phone: 138****0000 -> 138****5678", phone.Describe(showPersonalData: false));
        Assert.Equal("phone: 13800000000 -> 13812345678", phone.Describe(showPersonalData: true));
        await using var real = await _ws.OpenAsync();
        Assert.Null(await real.Store.FindEmployeeAsync("acme", "E002"));
    }

    [Fact]
    public async Task PlanAsync_WithRejectedRows_StillReportsTheRest()
    {
        _ws.Write("points-balances.csv", "工号,积分类别,积分余额\nE001,general,-5\nE002,general,300\n");
        await using var sandbox = SqliteSandbox.Create();
        await using var copy = await OpenTargetsCopyAsync(sandbox);

        var report = await _ws.Service.PlanAsync(await _ws.MappingAsync(), copy.Targets, _ws.Options);

        var reject = Assert.Single(report.Rejects);
        Assert.Equal(("points-balances.csv", 2L, "积分余额"), (reject.File, reject.Row, reject.Column));
        Assert.True(report.Applied);
        Assert.Equal(300, (await copy.Points.GetBalancesAsync("E002")).Single().Points);
    }

    private async Task<OpenTargets> OpenTargetsCopyAsync(SqliteSandbox sandbox) => await OpenTargets.OpenAsync(
        await sandbox.CopyAsync(_ws.StorePath, "migration.db"), await sandbox.CopyAsync(_ws.PayrollPath, "payroll.db"),
        await sandbox.CopyAsync(_ws.PointsPath, "points.db"), _ws.Clock);

    private static (long New, long Changed, long Unchanged) Roster(MigrationReport r) =>
        r.Counts.Where(c => c.Kind == MigrationSourceKind.Roster).Select(c => (c.New, c.Changed, c.Unchanged)).Single();

    public void Dispose() => _ws.Dispose();
}
