using System.Globalization;
using HrKit.Payroll.Model;
using HrKit.Payroll.Reports;

namespace HrKit.Cli.Output;

/// <summary>An explained payslip and the company report as text tables; invariant culture throughout.</summary>
internal static class PayslipText
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void WriteExplained(TextWriter w, Payslip s)
    {
        w.WriteLine(string.Create(Inv, $"Payslip {s.EmployeeId} {s.Name} ({s.Department}) for {s.Period.Year:D4}-{s.Period.Month:D2}"));
        var lines = SpectreConsoles.Table(("  Code", false), ("Kind", false), ("Amount", true), ("Explanation", false));
        foreach (var line in s.Lines)
        {
            lines.AddTextRow("  " + line.Code, line.Kind.ToString(), line.Amount.ToString("N2", Inv), line.Explanation);
        }

        SpectreConsoles.Write(w, lines);
        w.WriteLine(string.Create(Inv, $"  Gross {s.GrossPay:N2}  Net {s.NetPay:N2}  Employer cost {s.EmployerCost:N2}"));
    }

    public static void WriteReport(TextWriter w, PayrollReport r)
    {
        w.WriteLine(string.Create(Inv, $"Company: {r.Payslips} payslips, gross {r.GrossPay:N2}, employer cost {r.EmployerCost:N2}"));
        w.WriteLine("Pay structure (share of gross):");
        var structure = SpectreConsoles.Table(("  Code", false), ("Kind", false), ("Total", true), ("Share", true), ("Employees", true));
        foreach (var row in r.PayStructure)
        {
            structure.AddTextRow("  " + row.Code, row.Kind.ToString(), row.Total.ToString("N2", Inv), row.ShareOfGross.ToString("P2", Inv), row.Employees.ToString(Inv));
        }

        SpectreConsoles.Write(w, structure);
        w.WriteLine("Department cost distribution:");
        var costs = SpectreConsoles.Table(("  Department", false), ("Headcount", true), ("Gross", true), ("Employer cost", true), ("Share", true));
        foreach (var row in r.DepartmentCosts)
        {
            costs.AddTextRow("  " + row.Department, row.Headcount.ToString(Inv), row.GrossPay.ToString("N2", Inv), row.EmployerCost.ToString("N2", Inv), row.ShareOfCost.ToString("P2", Inv));
        }

        SpectreConsoles.Write(w, costs);
        w.WriteLine("Overtime share of gross pay:");
        var overtime = SpectreConsoles.Table(("  Department", false), ("Overtime", true), ("Gross", true), ("Share", true), ("", false));
        foreach (var row in r.OvertimeShares)
        {
            overtime.AddTextRow("  " + row.Department, row.OvertimePay.ToString("N2", Inv), row.GrossPay.ToString("N2", Inv), row.Share.ToString("P2", Inv), row.IsAlert ? "ALERT" : "");
        }

        SpectreConsoles.Write(w, overtime);
        foreach (var alert in r.Alerts)
        {
            w.WriteLine("ALERT: " + alert);
        }

        w.Flush();
    }
}
