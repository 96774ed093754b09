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
        var status = p.Kind == StoredPayslipKind.Recalculated ? CliStrings.Format("Stored.Recalculated", Month(p.SettledIn!.Value)) : CliStrings.Get("Stored.Paid");
        w.WriteLine(CliStrings.Format("Stored.Line", Month(p.Month), p.EmployeeId, p.Revision, status + (p.IsSuperseded ? CliStrings.Get("Stored.Superseded") : ""),
            p2.GrossPay, p2.EmployeeContributions, p2.WageTax + p2.BonusTax, p2.NetPay, p.YearToDate.TaxWithheld));
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
        w.WriteLine(CliStrings.Format("Stored.Settlement", s.EmployeeId, Month(s.From), Month(s.Through), Month(s.SettledIn),
            Signed(s.GrossPay), Signed(s.EmployeeContributions), Signed(s.EmployerCost)));
        foreach (var l in s.Lines)
        {
            w.WriteLine(CliStrings.Format("Stored.SettlementLine", Month(l.Month), l.Code, l.Original, l.Recalculated, Signed(l.Delta)));
        }
    }

    public static void WriteYearToDate(TextWriter w, string employeeId, TaxYearToDate y)
    {
        w.WriteLine(CliStrings.Format("Stored.Ytd", employeeId, y.ThroughMonth is { } m ? Month(m) : "-"));
        w.WriteLine(CliStrings.Format("Stored.Ytd.Line1", y.Income, y.TaxFreeIncome, y.BasicDeduction, y.SpecialDeductions));
        w.WriteLine(CliStrings.Format("Stored.Ytd.Line2", y.SpecialAdditionalDeductions, y.OtherDeductions, y.TaxableIncome, y.TaxWithheld));
    }

    private static string Month(NodaTime.YearMonth m) => YearMonthPattern.Iso.Format(m);

    private static string Signed(decimal d) => d.ToString("+#,##0.00;-#,##0.00;0.00", Inv);
}
