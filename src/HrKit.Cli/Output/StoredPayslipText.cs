using System.Globalization;
using System.Text.Json;
using HrKit.Payroll.Model;
using HrKit.Payroll.Periods;
using HrKit.Payroll.Serialization;
using NodaTime.Text;

namespace HrKit.Cli.Output;

/// <summary>Stored payslips (with their revision and status), settlements and year-to-date states as text or JSON.</summary>
internal static class StoredPayslipText
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void WriteLine(TextWriter w, StoredPayslip p)
    {
        var p2 = p.Payslip;
        var status = p.Kind == StoredPayslipKind.Recalculated ? $"recalculated, settled in {Month(p.SettledIn!.Value)}" : "paid";
        w.WriteLine(string.Create(Inv,
            $"{Month(p.Month)}  {p.EmployeeId,-10} rev {p.Revision}  {status}{(p.IsSuperseded ? " (superseded)" : "")}  gross {p2.GrossPay:N2}  contributions {p2.EmployeeContributions:N2}  tax {p2.WageTax + p2.BonusTax:N2}  net {p2.NetPay:N2}  YTD tax {p.YearToDate.TaxWithheld:N2}"));
        foreach (var line in p2.Lines.Where(l => l.Code.StartsWith("RETRO_", StringComparison.Ordinal)))
        {
            w.WriteLine(string.Create(Inv, $"    {line.Code} {line.Amount:N2}: {line.Explanation}"));
        }
    }

    public static void WriteJsonLine(TextWriter w, StoredPayslip p)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("employeeId", p.EmployeeId);
            json.WriteString("month", Month(p.Month));
            json.WriteNumber("revision", p.Revision);
            json.WriteString("kind", p.Kind == StoredPayslipKind.Paid ? "paid" : "recalculated");
            json.WriteBoolean("superseded", p.IsSuperseded);
            if (p.SettledIn is { } settled)
            {
                json.WriteString("settledIn", Month(settled));
            }

            json.WritePropertyName("payslip");
            json.WriteRawValue(PayrollJson.Serialize(p.Payslip));
            json.WriteEndObject();
        }

        w.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    public static void WriteSettlement(TextWriter w, RetroSettlement s)
    {
        w.WriteLine(string.Create(Inv,
            $"{s.EmployeeId}: retro {Month(s.From)}..{Month(s.Through)} paid in {Month(s.SettledIn)}: gross {Signed(s.GrossPay)}, employee contributions {Signed(s.EmployeeContributions)}, employer cost {Signed(s.EmployerCost)}"));
        foreach (var l in s.Lines)
        {
            w.WriteLine(string.Create(Inv, $"    {Month(l.Month)} {l.Code,-18} original {l.Original,12:N2}  recalculated {l.Recalculated,12:N2}  delta {Signed(l.Delta),12}"));
        }
    }

    public static void WriteYearToDate(TextWriter w, string employeeId, TaxYearToDate y)
    {
        w.WriteLine(string.Create(Inv, $"{employeeId} year-to-date through {(y.ThroughMonth is { } m ? Month(m) : "-")}:"));
        w.WriteLine(string.Create(Inv, $"  income {y.Income:N2}  tax-free {y.TaxFreeIncome:N2}  basic deduction {y.BasicDeduction:N2}  special deductions {y.SpecialDeductions:N2}"));
        w.WriteLine(string.Create(Inv, $"  special additional {y.SpecialAdditionalDeductions:N2}  other deductions {y.OtherDeductions:N2}  taxable {y.TaxableIncome:N2}  tax withheld {y.TaxWithheld:N2}"));
    }

    private static string Month(NodaTime.YearMonth m) => YearMonthPattern.Iso.Format(m);

    private static string Signed(decimal d) => d.ToString("+#,##0.00;-#,##0.00;0.00", Inv);
}
