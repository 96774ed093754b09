using HrKit.Payroll.Model;
using HrKit.Payroll.Reports;

namespace HrKit.Payroll.Excel.Output;

/// <summary>The company report as four sheets: pay structure, department costs, overtime share and the alerts.</summary>
internal static class ReportSheets
{
    public static Dictionary<string, object> Of(PayrollReport report) => new(StringComparer.Ordinal)
    {
        [OutputHeadings.PayStructureSheet] = PayStructure(report),
        [OutputHeadings.DepartmentCostSheet] = DepartmentCosts(report),
        [OutputHeadings.OvertimeSheet] = Overtime(report),
        [OutputHeadings.AlertsSheet] = Alerts(report),
    };

    private static IEnumerable<IDictionary<string, object?>> PayStructure(PayrollReport report)
    {
        yield return SheetRow.Of([OutputHeadings.Code, OutputHeadings.Component, OutputHeadings.Kind, OutputHeadings.Total, OutputHeadings.Employees, OutputHeadings.ShareOfGross]);
        foreach (var r in report.PayStructure)
        {
            var name = OutputHeadings.LineName("", new PayslipLine(r.Code, r.Name, r.Kind, r.Total, ""));
            yield return SheetRow.Of([r.Code, name, r.Kind.ToString(), r.Total, r.Employees, r.ShareOfGross]);
        }

        yield return SheetRow.Of([OutputHeadings.Total, OutputHeadings.GrossPay, null, report.GrossPay, report.Payslips, 1m]);
    }

    private static IEnumerable<IDictionary<string, object?>> DepartmentCosts(PayrollReport report)
    {
        yield return SheetRow.Of([OutputHeadings.Department, OutputHeadings.Headcount, OutputHeadings.GrossPay, OutputHeadings.NetPay, OutputHeadings.EmployerContributions, OutputHeadings.EmployerCost, OutputHeadings.ShareOfCost]);
        foreach (var r in report.DepartmentCosts)
        {
            yield return SheetRow.Of([r.Department, r.Headcount, r.GrossPay, r.NetPay, r.EmployerContributions, r.EmployerCost, r.ShareOfCost]);
        }
    }

    private static IEnumerable<IDictionary<string, object?>> Overtime(PayrollReport report)
    {
        yield return SheetRow.Of([OutputHeadings.Department, OutputHeadings.OvertimePay, OutputHeadings.GrossPay, OutputHeadings.OvertimeShare, OutputHeadings.IsAlert]);
        foreach (var r in report.OvertimeShares)
        {
            yield return SheetRow.Of([r.Department, r.OvertimePay, r.GrossPay, r.Share, r.IsAlert ? OutputHeadings.Yes : OutputHeadings.No]);
        }
    }

    private static IEnumerable<IDictionary<string, object?>> Alerts(PayrollReport report)
    {
        // The alerts in Chinese, and beside them as the report wrote them (English); a host's own alerts are the same in both.
        yield return SheetRow.Of([OutputHeadings.Alert, OutputHeadings.AlertInEnglish]);
        var chinese = Texts.Chinese.Localize(report).Alerts;
        for (var i = 0; i < report.Alerts.Length; i++)
        {
            yield return SheetRow.Of([chinese[i], report.Alerts[i]]);
        }
    }
}
