using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;
using HrKit.Payroll.Reports;
using NodaTime;

namespace HrKit.Payroll.Excel.Tests.Output;

/// <summary>Issue 15: the workbooks name built-in payslip lines and write report alerts in Chinese and English, as their headings.</summary>
public sealed class BilingualWorkbookTests
{
    private static readonly PayrollEngine Engine = new PayrollEngineBuilder().Build();

    private static readonly EmployeeMonthInput Beijing = new()
    {
        EmployeeId = "E1", Name = "张伟", Department = "研发", Period = new YearMonth(2026, 1), City = "beijing", BaseSalary = 10_000m,
    };

    [Fact]
    public void WritePayslipStrips_EnginePayslip_BuiltInLineNamesInBothLanguages()
    {
        using var stream = new MemoryStream();
        PayrollExcel.WritePayslipStrips(stream, [Engine.Calculate(Beijing)]);

        var header = Workbooks.Rows(stream, "工资条 Payslips")[0].Values.OfType<string>().ToList();

        Assert.Contains("基本工资 / Base salary", header);
        Assert.Contains("养老保险个人 / Pension (employee)", header);
        Assert.Contains("个人所得税 / Individual income tax", header);
    }

    [Fact]
    public void WriteReport_BuiltReport_AlertInChineseBesideEnglish()
    {
        // 40 workday hours at 10 000 / 21.75 / 8 × 1.5 → 3 448.28 of 13 448.28 gross: 25.64 %, above the 20 % threshold.
        var report = new PayrollReportBuilder().Build([Engine.Calculate(Beijing with { Overtime = new OvertimeHours(40m, 0m, 0m) })]);
        using var stream = new MemoryStream();
        PayrollExcel.WriteReport(stream, report);

        var alert = Workbooks.Rows(stream, "提示 Alerts")[1];

        Assert.Equal("部门“研发”：加班费占应发工资的 25.64%（3448.28 / 13448.28），超过 20% 的预警线。", alert["A"]);
        Assert.Equal("Department '研发': overtime is 25.64% of gross pay (3448.28 of 13448.28), above the 20% threshold.", alert["B"]);
        Assert.Equal("基本工资 / Base salary", Workbooks.Rows(stream, "薪酬结构 Pay structure").Single(r => Equals(r["A"], "BASE"))["B"]);
    }
}
