namespace HrKit.Cli.Output.Html;

/// <summary>
/// Every visible text of the HTML pay-run report, bilingual, in one table, so that they can move into localisation
/// resources as a whole.
/// </summary>
internal static class HtmlReportHeadings
{
    public const string Title = "薪酬报告 / Pay run report";
    public const string Summary = "概览 / Summary";
    public const string Payslips = "工资单 / Payslips";
    public const string GrossPay = "应发工资 / Gross pay";
    public const string EmployerCost = "用工成本 / Employer cost";
    public const string PayStructure = "薪酬结构 / Pay structure";
    public const string DepartmentCosts = "部门成本分布 / Department cost distribution";
    public const string OvertimeShare = "加班占比 / Overtime share";
    public const string Alerts = "提示 / Alerts";
    public const string NoAlerts = "无提示 / No alerts";
    public const string Points = "积分看板 / Points dashboard";
    public const string NoPoints = "未提供积分账本 (--points-db) / No points ledger given (--points-db)";
    public const string ActiveEmployees = "活跃员工 / Active employees";
    public const string EarningByRule = "按规则获得积分 / Points earned by rule";
    public const string RedemptionRate = "各兑换项兑换率 / Redemption rate per item";
    public const string CheckInsByHour = "按小时打卡次数 / Check-ins by hour of day";
    public const string AboveThreshold = "超出阈值 / above threshold";
    public const string NoData = "无数据 / No data";
}
