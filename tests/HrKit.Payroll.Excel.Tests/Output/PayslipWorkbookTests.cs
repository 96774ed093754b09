using System.Collections.Immutable;
using HrKit.Payroll.Model;
using HrKit.Payroll.Reports;
using NodaTime;

namespace HrKit.Payroll.Excel.Tests.Output;

public sealed class PayslipWorkbookTests
{
    private static Payslip Slip(string id, decimal gross, decimal net) => new()
    {
        EmployeeId = id, Name = "张伟", Department = "研发", Period = new YearMonth(2025, 6), YearToDate = TaxYearToDate.Empty,
        Lines =
        [
            new PayslipLine("BASE", "基本工资 / Base salary", PayslipLineKind.Earning, gross, ""),
            new PayslipLine("ER_PENSION", "养老保险 (单位)", PayslipLineKind.EmployerContribution, 1600m, ""),
            new PayslipLine("IIT", "个人所得税", PayslipLineKind.Tax, 90m, ""),
        ],
        GrossPay = gross, EmployeeContributions = 2225m, WageTax = 90m, NetPay = net, EmployerContributions = 3300m, EmployerCost = gross + 3300m,
    };

    [Fact]
    public void WriteTemplate_Always_HasEveryBilingualHeadingAndNoRows()
    {
        using var stream = new MemoryStream();
        PayrollExcel.WriteTemplate(stream);

        var rows = Workbooks.Rows(stream, "员工");

        var header = Assert.Single(rows);
        Assert.Equal("工号 / Employee ID", header["A"]);
        Assert.Equal("基本工资 / Base salary", header["G"]);
        Assert.Equal(48, header.Values.Count(v => v is string s && s.Contains(" / ", StringComparison.Ordinal)));
        Assert.Equal(49, Workbooks.Rows(stream, "说明 Notes").Count);
    }

    [Fact]
    public void WritePayslipStrips_TwoPayslips_HeaderAboveEachEmployeeAndABlankRowToCut()
    {
        using var stream = new MemoryStream();
        PayrollExcel.WritePayslipStrips(stream, [Slip("E1", 10000m, 7685m), Slip("E2", 20000m, 15000m)]);

        var rows = Workbooks.Rows(stream, "工资条 Payslips");

        Assert.Equal(6, rows.Count);
        Assert.Equal(["工号 / Employee ID", "姓名 / Name", "部门 / Department", "所属月份 / Period", "基本工资 / Base salary", "个人所得税", "应发工资 / Gross pay", "个人社保公积金 / Employee contributions", "工资个税 / Wage tax", "实发工资 / Net pay"],
            rows[0].Values.Where(v => v is not null));
        Assert.Equal(["E1", "张伟", "研发", "2025-06", 10000d, 90d, 10000d, 2225d, 90d, 7685d], rows[1].Values.Where(v => v is not null));
        Assert.All(rows[2].Values, v => Assert.Null(v));
        Assert.Equal(rows[0].Values, rows[3].Values);
        Assert.Equal(["E2", "张伟", "研发", "2025-06", 20000d, 90d, 20000d, 2225d, 90d, 15000d], rows[4].Values.Where(v => v is not null));
    }

    [Fact]
    public void WriteRegister_OnePayslip_OneRowOfItsTotalsUnderTheHeadings()
    {
        using var stream = new MemoryStream();
        PayrollExcel.WriteRegister(stream, [Slip("E1", 10000m, 7685m)]);

        var rows = Workbooks.Rows(stream, "工资表 Register");

        Assert.Equal(2, rows.Count);
        Assert.Equal("实发工资 / Net pay", rows[0]["K"]);
        Assert.Equal(["E1", "张伟", "研发", "2025-06", "CN", 10000d, 2225d, 90d, 0d, 0d, 7685d, 3300d, 13300d], rows[1].Values.Where(v => v is not null));
    }

    [Fact]
    public void WriteReport_Report_OneSheetPerPartWithItsRows()
    {
        var report = new PayrollReport(2, 30000m, 36600m,
            [new PayStructureRow("BASE", "基本工资", PayslipLineKind.Earning, 30000m, 2, 1m)],
            [new DepartmentCostRow("研发", 2, 30000m, 22685m, 6600m, 36600m, 1m)],
            [new OvertimeShareRow("研发", 6000m, 30000m, 0.2m, true)],
            ["研发: overtime is 20.00 % of gross pay"]);
        using var stream = new MemoryStream();
        PayrollExcel.WriteReport(stream, report);

        Assert.Equal(["BASE", "基本工资", "Earning", 30000d, 2d, 1d], Workbooks.Rows(stream, "薪酬结构 Pay structure")[1].Values);
        Assert.Equal(["研发", 2d, 30000d, 22685d, 6600d, 36600d, 1d], Workbooks.Rows(stream, "部门成本 Department costs")[1].Values);
        Assert.Equal(["研发", 6000d, 30000d, 0.2d, "是 / yes"], Workbooks.Rows(stream, "加班占比 Overtime share")[1].Values);
        Assert.Equal("研发: overtime is 20.00 % of gross pay", Workbooks.Rows(stream, "提示 Alerts")[1]["A"]);
    }
}
