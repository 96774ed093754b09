using HrKit.Migration.Tests.Support;
using HrKit.Payroll.Periods;
using HrKit.Security;
using NodaTime;

namespace HrKit.Migration.Tests;

public sealed class MigrationServiceRejectTests : IDisposable
{
    private readonly MigrationWorkspace _ws = new();

    [Fact]
    public async Task ApplyAsync_BadValues_RejectsNamingFileRowAndColumnAndWritesNothing()
    {
        _ws.Write("employees.csv", _ws.Read("employees.csv").Replace("2021-07-15", "15/07/2021", StringComparison.Ordinal));
        _ws.Write("payslips.csv", _ws.Read("payslips.csv").Replace("10509.60", "10509.605", StringComparison.Ordinal));
        await using var t = await _ws.OpenAsync();

        var report = await _ws.Service.ApplyAsync(await _ws.MappingAsync(), t.Targets, _ws.Options);

        Assert.False(report.Applied);
        Assert.Contains(report.Rejects, r => r is { File: "employees.csv", Row: 3, Column: "入职日期" });
        Assert.Contains(report.Rejects, r => r is { File: "payslips.csv", Row: 4, Column: "实发工资" });
        Assert.Null(await t.Store.FindEmployeeAsync("acme", "E001"));
        Assert.Empty(await t.Points.GetPostingsAsync(new Points.Ledger.PostingQuery()));
    }

    [Fact]
    public async Task ApplyAsync_DuplicateRow_RejectsTheSecondNamingTheFirst()
    {
        _ws.Write("points-balances.csv", "工号,积分类别,积分余额\nE001,general,10\nE001,general,20\n");
        await using var t = await _ws.OpenAsync();

        var report = await _ws.Service.ApplyAsync(await _ws.MappingAsync(), t.Targets, _ws.Options);

        var reject = Assert.Single(report.Rejects);
        Assert.Equal(3, reject.Row);
        Assert.Contains("first at row 2", reject.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplyAsync_MappedHeaderMissing_ThrowsNamingFileAndColumn()
    {
        _ws.Write("points-balances.csv", "工号,类别,积分余额\nE001,general,10\n");
        await using var t = await _ws.OpenAsync();

        var ex = await Assert.ThrowsAsync<MigrationException>(async () => await _ws.Service.ApplyAsync(await _ws.MappingAsync(), t.Targets, _ws.Options));

        Assert.Equal(new HrKitErrorTarget(File: "points-balances.csv", Line: 1, Field: "积分类别"), ex.Target);
    }

    [Fact]
    public async Task ApplyAsync_ClosedMonthDiffers_RejectsTheRowAndWritesNothing()
    {
        await using var t = await _ws.OpenAsync();
        var mapping = await _ws.MappingAsync();
        await _ws.Service.ApplyAsync(mapping, t.Targets, _ws.Options);
        var payroll = new PayrollPeriodService(t.Payroll, Payroll.Tests.Periods.PeriodTestData.TestEngine, _ws.Clock);
        await payroll.CloseAsync("acme", new YearMonth(2026, 1), "bob");
        _ws.Write("payslips.csv", _ws.Read("payslips.csv").Replace("E002,2026-01,12000.00", "E002,2026-01,12100.00", StringComparison.Ordinal));

        var report = await _ws.Service.ApplyAsync(await _ws.MappingAsync(), t.Targets, _ws.Options);

        var reject = Assert.Single(report.Rejects);
        Assert.Equal(("payslips.csv", 4L), (reject.File, reject.Row));
        Assert.Contains("closed", reject.Message, StringComparison.Ordinal);
        Assert.False(report.Applied);
    }

    [Fact]
    public async Task ApplyAsync_EncryptedExport_ReadsWithTheKeyAndRefusesWithoutIt()
    {
        var key = new EncryptionKey("hr-2026", Enumerable.Range(0, 32).Select(i => (byte)(i * 7)).ToArray());
        var plain = Path.Combine(_ws.Root, "employees.csv");
        var encrypted = await File.ReadAllBytesAsync(plain);
        await using (var input = File.OpenRead(plain))
        await using (var output = File.Create(plain + ".enc"))
        {
            await EncryptedFile.EncryptAsync(input, output, new StaticEncryptionKeyProvider(key));
        }

        File.Move(plain + ".enc", plain, overwrite: true);
        await using var t = await _ws.OpenAsync();
        var mapping = await _ws.MappingAsync();

        var missing = await Assert.ThrowsAsync<EncryptionException>(() => _ws.Service.ApplyAsync(mapping, t.Targets, _ws.Options));
        var wrong = await Assert.ThrowsAsync<EncryptionException>(() => _ws.Service.ApplyAsync(mapping, t.Targets,
            _ws.Options with { Keys = new StaticEncryptionKeyProvider(new EncryptionKey("hr-2026", new byte[32])) }));
        var report = await _ws.Service.ApplyAsync(mapping, t.Targets, _ws.Options with { Keys = new StaticEncryptionKeyProvider(key) });

        Assert.Equal(EncryptionException.KeyMissingCode, missing.ErrorCode);
        Assert.Equal(EncryptionException.KeyMismatchCode, wrong.ErrorCode);
        Assert.True(report.Applied);
        Assert.Equal("张伟", (await t.Store.FindEmployeeAsync("acme", "E001"))!.Name);
        Assert.NotEqual(encrypted, await File.ReadAllBytesAsync(plain));
    }

    public void Dispose() => _ws.Dispose();
}
