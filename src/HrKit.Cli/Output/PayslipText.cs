using System.Globalization;
using HrKit.Payroll.Localization;
using HrKit.Payroll.Model;
using HrKit.Payroll.Reports;

namespace HrKit.Cli.Output;

/// <summary>
/// An explained payslip and the company report as text tables, in the language of the <c>PayrollLocalizer</c> passed to
/// each method (line names, explanations, headings); numbers in invariant culture throughout.
/// </summary>
internal static class PayslipText
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void WriteExplained(TextWriter w, Payslip s, PayrollLocalizer texts)
    {
        w.WriteLine(texts.Format("Payslip.Title", s.EmployeeId, s.Name, s.Department, $"{s.Period.Year:D4}-{s.Period.Month:D2}"));
        var lines = SpectreConsoles.Table(("  " + texts["Report.Code"], false), (texts["Report.Item"], false), (texts["Report.Kind"], false),
            (texts["Payslip.Amount"], true), (texts["Payslip.Explanation"], false));
        foreach (var line in s.Lines)
        {
            lines.AddTextRow("  " + line.Code, texts.LineName(s.Jurisdiction, line), texts.KindName(line.Kind), line.Amount.ToString("N2", Inv), texts.LineExplanation(line));
        }

        SpectreConsoles.Write(w, lines);
        w.WriteLine("  " + texts.Format("Payslip.Totals", s.GrossPay.ToString("N2", Inv), s.NetPay.ToString("N2", Inv), s.EmployerCost.ToString("N2", Inv)));
    }

    public static void WriteReport(TextWriter w, PayrollReport r, PayrollLocalizer texts)
    {
        w.WriteLine(texts.Format("Report.Company", r.Payslips.ToString(Inv), r.GrossPay.ToString("N2", Inv), r.EmployerCost.ToString("N2", Inv)));
        w.WriteLine(texts["Report.PayStructure"]);
        var structure = SpectreConsoles.Table(("  " + texts["Report.Code"], false), (texts["Report.Kind"], false), (texts["Report.Total"], true),
            (texts["Report.Share"], true), (texts["Report.Employees"], true));
        foreach (var row in r.PayStructure)
        {
            structure.AddTextRow("  " + row.Code, texts.KindName(row.Kind), row.Total.ToString("N2", Inv), row.ShareOfGross.ToString("P2", Inv), row.Employees.ToString(Inv));
        }

        SpectreConsoles.Write(w, structure);
        w.WriteLine(texts["Report.DepartmentCosts"]);
        var costs = SpectreConsoles.Table(("  " + texts["Report.Department"], false), (texts["Report.Headcount"], true), (texts["Report.Gross"], true),
            (texts["Report.EmployerCost"], true), (texts["Report.Share"], true));
        foreach (var row in r.DepartmentCosts)
        {
            costs.AddTextRow("  " + row.Department, row.Headcount.ToString(Inv), row.GrossPay.ToString("N2", Inv), row.EmployerCost.ToString("N2", Inv), row.ShareOfCost.ToString("P2", Inv));
        }

        SpectreConsoles.Write(w, costs);
        w.WriteLine(texts["Report.OvertimeShare"]);
        var overtime = SpectreConsoles.Table(("  " + texts["Report.Department"], false), (texts["Report.Overtime"], true), (texts["Report.Gross"], true),
            (texts["Report.Share"], true), ("", false));
        foreach (var row in r.OvertimeShares)
        {
            overtime.AddTextRow("  " + row.Department, row.OvertimePay.ToString("N2", Inv), row.GrossPay.ToString("N2", Inv), row.Share.ToString("P2", Inv), row.IsAlert ? texts["Report.Alert"] : "");
        }

        SpectreConsoles.Write(w, overtime);
        foreach (var alert in r.Alerts)
        {
            w.WriteLine(texts["Report.Alert"] + ": " + alert);
        }

        w.Flush();
    }
}
