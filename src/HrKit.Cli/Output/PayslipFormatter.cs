using System.Globalization;
using System.Text;
using System.Text.Json;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;
using HrKit.Payroll.Reports;
using HrKit.Payroll.Serialization;

namespace HrKit.Cli.Output;

/// <summary>Writes payroll results as a table, CSV or JSON; invariant culture throughout.</summary>
internal static class PayslipFormatter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task WriteTableAsync(TextWriter w, IReadOnlyList<Payslip> slips)
    {
        await w.WriteLineAsync(string.Create(Inv, $"{"Employee",-10} {"Name",-14} {"Department",-12} {"Gross",12} {"Contrib.",10} {"Tax",10} {"Net",12} {"Employer cost",14}")).ConfigureAwait(false);
        foreach (var s in slips)
        {
            await w.WriteLineAsync(string.Create(Inv,
                $"{Cut(s.EmployeeId, 10),-10} {Cut(s.Name, 14),-14} {Cut(s.Department, 12),-12} {s.GrossPay,12:N2} {s.EmployeeContributions,10:N2} {s.WageTax + s.BonusTax,10:N2} {s.NetPay,12:N2} {s.EmployerCost,14:N2}")).ConfigureAwait(false);
        }
    }

    public static async Task WritePayslipAsync(TextWriter w, Payslip s)
    {
        await w.WriteLineAsync(string.Create(Inv, $"Payslip {s.EmployeeId} {s.Name} ({s.Department}) for {s.Period.Year:D4}-{s.Period.Month:D2}")).ConfigureAwait(false);
        foreach (var line in s.Lines)
        {
            await w.WriteLineAsync(string.Create(Inv, $"  {line.Code,-20} {line.Kind,-21} {line.Amount,12:N2}  {line.Explanation}")).ConfigureAwait(false);
        }

        await w.WriteLineAsync(string.Create(Inv, $"  Gross {s.GrossPay:N2}  Net {s.NetPay:N2}  Employer cost {s.EmployerCost:N2}")).ConfigureAwait(false);
    }

    public static async Task WriteCsvAsync(TextWriter w, IReadOnlyList<Payslip> slips)
    {
        await w.WriteLineAsync("employeeId,name,department,period,grossPay,employeeContributions,wageTax,bonusTax,postTaxDeductions,netPay,employerContributions,employerCost").ConfigureAwait(false);
        foreach (var s in slips)
        {
            await w.WriteLineAsync(string.Join(',',
                Csv(s.EmployeeId), Csv(s.Name), Csv(s.Department), string.Create(Inv, $"{s.Period.Year:D4}-{s.Period.Month:D2}"),
                Money(s.GrossPay), Money(s.EmployeeContributions), Money(s.WageTax), Money(s.BonusTax),
                Money(s.PostTaxDeductions), Money(s.NetPay), Money(s.EmployerContributions), Money(s.EmployerCost))).ConfigureAwait(false);
        }
    }

    public static async Task WriteJsonAsync(TextWriter w, IReadOnlyList<Payslip> slips, IReadOnlyList<PayrollError> errors)
    {
        using var buffer = new MemoryStream();
        PayrollJson.WritePayslips(buffer, slips);
        var sb = new StringBuilder();
        sb.Append("{\n\"payslips\": ").Append(Encoding.UTF8.GetString(buffer.ToArray())).Append(",\n\"errors\": [");
        for (var i = 0; i < errors.Count; i++)
        {
            var e = errors[i];
            sb.Append(i == 0 ? "\n" : ",\n").Append(string.Create(Inv,
                $"  {{ \"employeeId\": {JsonSerializer.Serialize(e.EmployeeId, CliJsonContext.Default.String)}, \"field\": {JsonSerializer.Serialize(e.Field, CliJsonContext.Default.String)}, \"message\": {JsonSerializer.Serialize(e.Message, CliJsonContext.Default.String)} }}"));
        }

        sb.Append("\n]\n}");
        await w.WriteLineAsync(sb.ToString()).ConfigureAwait(false);
    }

    public static async Task WriteReportAsync(TextWriter w, PayrollReport r)
    {
        await w.WriteLineAsync(string.Create(Inv, $"Company: {r.Payslips} payslips, gross {r.GrossPay:N2}, employer cost {r.EmployerCost:N2}")).ConfigureAwait(false);
        await w.WriteLineAsync("Pay structure (share of gross):").ConfigureAwait(false);
        foreach (var row in r.PayStructure)
        {
            await w.WriteLineAsync(string.Create(Inv, $"  {row.Code,-20} {row.Kind,-21} {row.Total,14:N2} {row.ShareOfGross,8:P2}  ({row.Employees} employees)")).ConfigureAwait(false);
        }

        await w.WriteLineAsync("Department cost distribution:").ConfigureAwait(false);
        foreach (var row in r.DepartmentCosts)
        {
            await w.WriteLineAsync(string.Create(Inv, $"  {row.Department,-14} headcount {row.Headcount,4}  gross {row.GrossPay,14:N2}  employer cost {row.EmployerCost,14:N2} {row.ShareOfCost,8:P2}")).ConfigureAwait(false);
        }

        await w.WriteLineAsync("Overtime share of gross pay:").ConfigureAwait(false);
        foreach (var row in r.OvertimeShares)
        {
            await w.WriteLineAsync(string.Create(Inv, $"  {row.Department,-14} overtime {row.OvertimePay,12:N2} of {row.GrossPay,14:N2} {row.Share,8:P2}{(row.IsAlert ? "  ALERT" : "")}")).ConfigureAwait(false);
        }

        foreach (var alert in r.Alerts)
        {
            await w.WriteLineAsync("ALERT: " + alert).ConfigureAwait(false);
        }
    }

    private static string Money(decimal v) => v.ToString("0.00", Inv);

    private static string Cut(string? s, int n) => s is null ? "" : s.Length <= n ? s : s[..(n - 1)] + "…";

    private static string Csv(string? s) =>
        s is null ? "" : s.AsSpan().IndexOfAny(",\"\n") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
