using HrKit.Payroll.Model;

namespace HrKit.Payroll.Excel.Output;

/// <summary>
/// Every heading of the register, the 工资条 strips and the report workbook, bilingual, in one table, so that they can
/// move into localisation resources as a whole.
/// </summary>
internal static class OutputHeadings
{
    public const string RegisterSheet = "工资表 Register";
    public const string StripsSheet = "工资条 Payslips";
    public const string PayStructureSheet = "薪酬结构 Pay structure";
    public const string DepartmentCostSheet = "部门成本 Department costs";
    public const string OvertimeSheet = "加班占比 Overtime share";
    public const string AlertsSheet = "提示 Alerts";

    public static readonly string EmployeeId = Both("工号", "Employee ID");
    public static readonly string Name = Both("姓名", "Name");
    public static readonly string Department = Both("部门", "Department");
    public static readonly string Period = Both("所属月份", "Period");
    public static readonly string Jurisdiction = Both("法域", "Jurisdiction");
    public static readonly string GrossPay = Both("应发工资", "Gross pay");
    public static readonly string EmployeeContributions = Both("个人社保公积金", "Employee contributions");
    public static readonly string WageTax = Both("工资个税", "Wage tax");
    public static readonly string BonusTax = Both("年终奖个税", "Bonus tax");
    public static readonly string PostTaxDeductions = Both("税后扣款", "Post-tax deductions");
    public static readonly string NetPay = Both("实发工资", "Net pay");
    public static readonly string EmployerContributions = Both("单位社保公积金", "Employer contributions");
    public static readonly string EmployerCost = Both("用工成本", "Employer cost");
    public static readonly string Provisional = Both("暂估缴费", "Provisional contributions");

    public static readonly string Code = Both("代码", "Code");
    public static readonly string Component = Both("项目", "Component");
    public static readonly string Kind = Both("类别", "Kind");
    public static readonly string Total = Both("合计", "Total");
    public static readonly string Employees = Both("人数", "Employees");
    public static readonly string ShareOfGross = Both("占应发比例", "Share of gross");
    public static readonly string Headcount = Both("人数", "Headcount");
    public static readonly string ShareOfCost = Both("成本占比", "Share of cost");
    public static readonly string OvertimePay = Both("加班工资", "Overtime pay");
    public static readonly string OvertimeShare = Both("加班占比", "Overtime share");
    public static readonly string IsAlert = Both("超出阈值", "Above threshold");
    public static readonly string Alert = Both("提示", "Alert");
    public static readonly string AlertInEnglish = Both("提示（英文）", "Alert (English)");
    public static readonly string Yes = "是 / yes";
    public static readonly string No = "否 / no";

    /// <summary>The register's columns in order.</summary>
    public static IReadOnlyList<string> Register { get; } =
    [
        EmployeeId, Name, Department, Period, Jurisdiction, GrossPay, EmployeeContributions, WageTax, BonusTax,
        PostTaxDeductions, NetPay, EmployerContributions, EmployerCost, Provisional,
    ];

    /// <summary>
    /// A built-in payslip line's name in both languages (<c>基本工资 / Base salary</c>), as the headings are; a name a
    /// host's policy gave the line, the same in both, once.
    /// </summary>
    public static string LineName(string jurisdiction, PayslipLine line)
    {
        var chinese = Texts.Chinese.LineName(jurisdiction, line);
        var english = Texts.English.LineName(jurisdiction, line);
        return string.Equals(chinese, english, StringComparison.Ordinal) ? english : Both(chinese, english);
    }

    private static string Both(string chinese, string english) => $"{chinese} / {english}";
}
