using HrKit.Payroll.Periods;
using NodaTime;
using static HrKit.Payroll.Tests.Periods.PeriodTestData;

namespace HrKit.Payroll.Tests.Periods;

public abstract partial class PayrollPeriodStoreBehaviour
{
    [Fact]
    public async Task CloseAsync_ThenReopen_RecordsWhoWhenAndWhy_AndAllowsARerun()
    {
        await RunAndCloseAsync(Month(2025, 1), Input("E1", Month(2025, 1), 10_000m, 10_000m));
        Clock.Advance(Duration.FromHours(2));

        await Service.ReopenAsync(Company, Month(2025, 1), "alice", "bonus missing for E1");
        await RunAsync(Input("E1", Month(2025, 1), 11_000m, 10_000m));

        Assert.Equal(PeriodStatus.Open, await Store.GetStatusAsync(Company, Month(2025, 1)));
        var events = await Service.HistoryAsync(Company).ToListAsync();
        Assert.Equal([PeriodAction.Run, PeriodAction.Closed, PeriodAction.Reopened, PeriodAction.Run], events.Select(e => e.Action));
        var reopen = events[2];
        Assert.Equal(("alice", "bonus missing for E1", Instant.FromUtc(2025, 4, 28, 11, 0)), (reopen.Actor, reopen.Reason, reopen.At));
        Assert.Equal(11_000m, Assert.Single(await RegisterAsync(Month(2025, 1))).Payslip.GrossPay);
    }

    [Fact]
    public async Task ReopenAsync_WithoutReason_IsRefused()
    {
        await RunAndCloseAsync(Month(2025, 1), Input("E1", Month(2025, 1), 10_000m, 10_000m));

        var ex = await Assert.ThrowsAsync<PayrollPeriodException>(() => Service.ReopenAsync(Company, Month(2025, 1), "alice", " "));

        Assert.Contains("reason", ex.Message, StringComparison.Ordinal);
        Assert.Equal(PeriodStatus.Closed, await Store.GetStatusAsync(Company, Month(2025, 1)));
    }

    [Fact]
    public async Task ReopenAsync_LaterMonthPaid_IsRefusedPointingToRetro()
    {
        await RunAndCloseAsync(Month(2025, 1), Input("E1", Month(2025, 1), 10_000m, 10_000m));
        await RunAsync(Input("E1", Month(2025, 2), 10_000m, 10_000m));

        var ex = await Assert.ThrowsAsync<PayrollPeriodException>(() => Service.ReopenAsync(Company, Month(2025, 1), "alice", "fix"));

        Assert.Contains("retro", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CloseAsync_EarlierMonthStillOpen_IsRefused()
    {
        await RunAsync(Input("E1", Month(2025, 1), 10_000m, 10_000m));
        await RunAsync(Input("E1", Month(2025, 2), 10_000m, 10_000m));

        var ex = await Assert.ThrowsAsync<PayrollPeriodException>(() => Service.CloseAsync(Company, Month(2025, 2), "alice"));

        Assert.Contains("2025-01 is still open", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CloseAsync_MonthWithoutPayslips_IsRefused()
    {
        var ex = await Assert.ThrowsAsync<PayrollPeriodException>(() => Service.CloseAsync(Company, Month(2025, 1), "alice"));

        Assert.Contains("no payslips", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportAsync_OverTwoMonths_AddsBothMonthsPayslips()
    {
        await RunAsync(Input("E1", Month(2025, 1), 10_000m, 10_000m), Input("E2", Month(2025, 1), 8_000m, 8_000m) with { Department = "Sales" });
        await RunAsync(Input("E1", Month(2025, 2), 10_000m, 10_000m) with { Overtime = new() { Workday = 8m } }, Input("E2", Month(2025, 2), 8_000m, 8_000m) with { Department = "Sales" });

        var report = await Service.ReportAsync(Company, Month(2025, 1), Month(2025, 2));

        // Overtime: 10 000 / 21.75 / 8 × 1.5 × 8 h = 689.655… → 689.66 (fen).
        Assert.Equal(4, report.Payslips);
        Assert.Equal(10_000m + 10_689.66m + 16_000m, report.GrossPay);
        var rd = Assert.Single(report.OvertimeShares, o => o.Department == "R&D");
        Assert.Equal(689.66m, rd.OvertimePay);
        Assert.Equal(2, Assert.Single(report.DepartmentCosts, d => d.Department == "Sales").Headcount);
    }
}
