using System.Globalization;
using HrKit.Payroll.Reports;
using HrKit.Points.Analytics;
using static System.Net.WebUtility;

namespace HrKit.Cli.Output.Html;

/// <summary>
/// One self-contained HTML page per pay run: the summary, pay structure, department costs and overtime share with
/// its alerts as inline SVG, and the points dashboard when a ledger was given. No script and no external URL; every
/// text that comes from input (names, departments, rules, items, alerts) is HTML-encoded.
/// </summary>
internal static class PayRunHtmlReport
{
    private const string Style = "body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:24px;color:#222;background:#fff}"
        + "h1{font-size:22px}h2{font-size:18px;margin-top:28px;border-bottom:1px solid #ddd}svg text{font-size:12px;fill:#222}"
        + "svg text.small{font-size:10px}.summary td{padding:2px 16px 2px 0}.alert{color:#b52b27}.empty{color:#888}";

    public static void Write(TextWriter writer, PayrollReport report, PointsReport? points)
    {
        writer.Write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>");
        writer.Write(HtmlEncode(HtmlReportHeadings.Title));
        writer.Write("</title><style>" + Style + "</style></head><body><h1>");
        writer.Write(HtmlEncode(HtmlReportHeadings.Title));
        writer.Write("</h1>");
        Section(writer, HtmlReportHeadings.Summary, "<table class=\"summary\">"
            + Row(HtmlReportHeadings.Payslips, report.Payslips.ToString("N0", CultureInfo.InvariantCulture))
            + Row(HtmlReportHeadings.GrossPay, Money(report.GrossPay))
            + Row(HtmlReportHeadings.EmployerCost, Money(report.EmployerCost)) + "</table>");
        Section(writer, HtmlReportHeadings.PayStructure, SvgBarChart.Horizontal(HtmlReportHeadings.PayStructure,
            [.. report.PayStructure.Select(r => new SvgBarChart.Bar($"{r.Name} ({r.Code})", r.Total, $"{Money(r.Total)} · {Percent(r.ShareOfGross)}"))]));
        Section(writer, HtmlReportHeadings.DepartmentCosts, SvgBarChart.Horizontal(HtmlReportHeadings.DepartmentCosts,
            [.. report.DepartmentCosts.Select(r => new SvgBarChart.Bar(r.Department, r.EmployerCost, $"{Money(r.EmployerCost)} · {Percent(r.ShareOfCost)}"))]));
        Section(writer, HtmlReportHeadings.OvertimeShare, SvgBarChart.Horizontal(HtmlReportHeadings.OvertimeShare,
            [.. report.OvertimeShares.Select(r => new SvgBarChart.Bar(r.Department, r.Share,
                Percent(r.Share) + (r.IsAlert ? " · " + HtmlReportHeadings.AboveThreshold : ""), r.IsAlert))]));
        Section(writer, HtmlReportHeadings.Alerts, report.Alerts.Length == 0
            ? $"<p class=\"empty\">{HtmlEncode(HtmlReportHeadings.NoAlerts)}</p>"
            : "<ul>" + string.Concat(report.Alerts.Select(a => $"<li class=\"alert\">{HtmlEncode(a)}</li>")) + "</ul>");
        writer.Write("<h2>" + HtmlEncode(HtmlReportHeadings.Points) + "</h2>");
        if (points is null)
        {
            writer.Write($"<p class=\"empty\">{HtmlEncode(HtmlReportHeadings.NoPoints)}</p>");
        }
        else
        {
            WritePoints(writer, points);
        }

        writer.Write("</body></html>\n");
    }

    private static void WritePoints(TextWriter writer, PointsReport points)
    {
        writer.Write("<p>" + HtmlEncode($"{points.Period.Start:yyyy-MM-dd} – {points.Period.End:yyyy-MM-dd} · {HtmlReportHeadings.ActiveEmployees}: {points.ActiveEmployees:N0}") + "</p>");
        Section(writer, HtmlReportHeadings.EarningByRule, SvgBarChart.Horizontal(HtmlReportHeadings.EarningByRule,
            [.. points.EarningByRule.Select(r => new SvgBarChart.Bar($"{r.RuleName} ({r.Category})", r.Points, r.Points.ToString("N0", CultureInfo.InvariantCulture)))]), level: 3);
        Section(writer, HtmlReportHeadings.RedemptionRate, SvgBarChart.Horizontal(HtmlReportHeadings.RedemptionRate,
            [.. points.Redemptions.Select(r => new SvgBarChart.Bar(r.ItemId, r.Rate, $"{Percent(r.Rate)} · {r.Redemptions:N0}"))]), level: 3);
        Section(writer, HtmlReportHeadings.CheckInsByHour, SvgBarChart.Columns(HtmlReportHeadings.CheckInsByHour,
            [.. points.CheckInsByHour.Select((count, hour) => new SvgBarChart.Bar(hour.ToString("00", CultureInfo.InvariantCulture), count, count == 0 ? "" : count.ToString(CultureInfo.InvariantCulture)))]), level: 3);
    }

    private static void Section(TextWriter writer, string heading, string body, int level = 2) =>
        writer.Write($"<section><h{level}>{HtmlEncode(heading)}</h{level}>{body}</section>");

    private static string Row(string label, string value) => $"<tr><td>{HtmlEncode(label)}</td><td>{HtmlEncode(value)}</td></tr>";

    private static string Money(decimal value) => value.ToString("N2", CultureInfo.InvariantCulture);

    private static string Percent(decimal share) => (share * 100).ToString("0.00", CultureInfo.InvariantCulture) + " %";
}
