using System.Globalization;
using HrKit.Payroll.Localization;
using HrKit.Payroll.Periods;
using static HrKit.Payroll.Tests.Periods.PeriodTestData;

namespace HrKit.Payroll.Tests.Periods;

public sealed class InMemoryPayrollPeriodStoreTests : PayrollPeriodStoreBehaviour
{
    protected override Task<IPayrollPeriodStore> CreateStoreAsync() => Task.FromResult<IPayrollPeriodStore>(new InMemoryPayrollPeriodStore());

    // The in-memory store keeps the payslip as computed, so its retro lines can still be shown in Chinese (issue 15).
    // Jan–Mar paid 10 000 and withheld 3 × 120 = 360; a raise to 12 000 from January is settled in April.
    [Fact]
    public async Task RetroAsync_RaiseBackdated_RetroLinesExplainedInChinese()
    {
        for (var m = 1; m <= 3; m++)
        {
            await RunAndCloseAsync(Month(2025, m), Input("R1", Month(2025, m), 10_000m, 10_000m));
        }

        await Service.RetroAsync(new RetroRequest(Company, Month(2025, 4), "alice", "加薪已批准")
        {
            Corrections = [.. Enumerable.Range(1, 3).Select(m => Input("R1", Month(2025, m), 12_000m, 10_000m))],
        });
        await RunAsync(Input("R1", Month(2025, 4), 12_000m, 10_000m));
        var april = Assert.Single(await RegisterAsync(Month(2025, 4))).Payslip;
        var chinese = PayrollLocalizer.For(CultureInfo.GetCultureInfo("zh-CN"));

        Assert.Equal(
            "2025-01：原 10,000.00，重算 12,000.00，差额 +2,000.00；2025-02：原 10,000.00，重算 12,000.00，差额 +2,000.00；"
            + "2025-03：原 10,000.00，重算 12,000.00，差额 +2,000.00；原因：加薪已批准。",
            chinese.LineExplanation(april.Line("RETRO_BASE")!));
        Assert.EndsWith("原因：加薪已批准。仅作显示：本月个人所得税按重算后的累计数计算，减去此前实际已预扣的 360.00，差额由此结清。",
            chinese.LineExplanation(april.Line("RETRO_IIT")!), StringComparison.Ordinal);
        Assert.StartsWith("2025-01: original 10,000.00, recalculated 12,000.00, delta +2,000.00; ", april.Line("RETRO_BASE")!.Explanation, StringComparison.Ordinal);
        Assert.Equal("追溯调整：基本工资", chinese.LineName(april.Jurisdiction, april.Line("RETRO_BASE")!));
    }
}
