using HrKit.Audit;
using HrKit.Migration.Mapping;
using HrKit.Migration.Tests.Support;
using HrKit.Payroll.Periods;
using HrKit.Payroll.Tests.Periods;
using NodaTime;

namespace HrKit.Migration.Tests;

public sealed class MigrationServiceApplyTests : IDisposable
{
    private readonly MigrationWorkspace _ws = new();

    [Fact]
    public async Task ApplyAsync_SampleExport_WritesRosterPayslipsYearToDateAndBalances()
    {
        await using var t = await _ws.OpenAsync();

        var report = await _ws.Service.ApplyAsync(await _ws.MappingAsync(), t.Targets, _ws.Options);

        Assert.True(report.Applied);
        Assert.Equal(0, report.RejectedTotal);
        Assert.Equal((3, 3), Counts(report, MigrationSourceKind.Roster));
        Assert.Equal((5, 5), Counts(report, MigrationSourceKind.Payslips)); // the opening rows merge into the February payslips
        Assert.Equal((3, 0), Counts(report, MigrationSourceKind.OpeningYearToDate));
        Assert.Equal((3, 3), Counts(report, MigrationSourceKind.PointsBalances));

        var e001 = await t.Store.FindEmployeeAsync("acme", "E001");
        Assert.Equal("110101199003071234", e001!.NationalId);
        Assert.Equal(new LocalDate(2020, 3, 1), e001.HireDate);

        var feb = Assert.Single(await t.Payroll.ReadAsync(new PayslipQuery("acme", new YearMonth(2026, 2), new YearMonth(2026, 2)) { EmployeeId = "E001" }).ToListAsync());
        Assert.Equal(20000.00m, feb.Payslip.GrossPay);
        Assert.Equal(17506.00m, feb.Payslip.NetPay);
        Assert.Equal(588.00m, feb.YearToDate.TaxWithheld);
        Assert.Equal(new YearMonth(2026, 2), feb.YearToDate.ThroughMonth);
        Assert.Equal("张伟", feb.Payslip.Name);

        Assert.Equal(1200, (await t.Points.GetBalancesAsync("E001")).Single(b => b.Category == "general").Points);
        Assert.Equal(50, (await t.Points.GetBalancesAsync("E003")).Single(b => b.Category == "general").Points);
    }

    [Fact]
    public async Task ApplyAsync_SameExportTwice_SecondRunChangesNothing()
    {
        var mapping = await _ws.MappingAsync();
        await using (var t = await _ws.OpenAsync())
        {
            await _ws.Service.ApplyAsync(mapping, t.Targets, _ws.Options);
        }

        var before = _ws.StoreHashes();
        MigrationReportCounts second;
        await using (var t = await _ws.OpenAsync())
        {
            var report = await _ws.Service.ApplyAsync(mapping, t.Targets, _ws.Options);
            second = new(report.Applied, report.ChangesTotal, report.Counts.Sum(c => c.Unchanged));
            Assert.Equal(3, (await t.Points.GetPostingsAsync(new Points.Ledger.PostingQuery())).Count);
        }

        Assert.Equal(new MigrationReportCounts(false, 0, 3 + 5 + 3), second);
        Assert.Equal(before, _ws.StoreHashes());
    }

    [Fact]
    public async Task ApplyAsync_ThenPayrollRunsMarch_ContinuesFromTheMigratedYearToDate()
    {
        await using var t = await _ws.OpenAsync();
        await _ws.Service.ApplyAsync(await _ws.MappingAsync(), t.Targets, _ws.Options);
        var payroll = new PayrollPeriodService(t.Payroll, PeriodTestData.TestEngine, _ws.Clock);

        await payroll.RunAsync("acme", PeriodTestData.Inputs(PeriodTestData.Input("E001", new YearMonth(2026, 3), 20000m, 22000m)));
        var march = Assert.Single(await t.Payroll.ReadAsync(new PayslipQuery("acme", new YearMonth(2026, 3), new YearMonth(2026, 3))).ToListAsync());

        // Cumulative through March: income 60 000 - basic 15 000 - contributions 6 600 - special additional 6 000
        // = 32 400 taxable, 3 % = 972 cumulative; 588 was withheld through February, so March withholds 384.
        Assert.Equal(972m, march.YearToDate.TaxWithheld);
        Assert.Equal(384m, march.Payslip.WageTax);
    }

    [Fact]
    public async Task ApplyAsync_WithAuditLog_RecordsEachStepOnAnIntactChain()
    {
        await using var t = await _ws.OpenAsync();

        var report = await _ws.Service.ApplyAsync(await _ws.MappingAsync(), t.Targets, _ws.Options);
        var entries = await _ws.Audit.ReadAsync(new AuditQuery { Kind = AuditKinds.MigrationStep, Actor = "alice" }).ToListAsync();

        Assert.Contains(entries, e => e.Subject == $"migration/{report.BatchId}/apply Roster");
        Assert.Contains(entries, e => e.Subject == $"migration/{report.BatchId}/apply PointsBalances");
        Assert.Contains(entries, e => e.Subject == $"migration/{report.BatchId}/apply" && e.Summary.StartsWith("applied", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Summary.Contains("110101199003071234", StringComparison.Ordinal));
        Assert.True((await _ws.Audit.VerifyAsync()).IsIntact);
    }

    private static (long Read, long New) Counts(Planning.MigrationReport report, MigrationSourceKind kind) =>
        report.Counts.Where(c => c.Kind == kind).Select(c => (c.Read, c.New)).SingleOrDefault();

    private sealed record MigrationReportCounts(bool Applied, long Changes, long Unchanged);

    public void Dispose() => _ws.Dispose();
}
