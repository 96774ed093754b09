using HrKit.Payroll.Model;
using NodaTime.Text;

namespace HrKit.Payroll.Excel.Output;

/// <summary>The payroll register (工资表): one row per payslip under one header row, amounts as numbers.</summary>
internal static class RegisterSheet
{
    public static IEnumerable<IDictionary<string, object?>> Rows(IEnumerable<Payslip> payslips)
    {
        yield return SheetRow.Of(OutputHeadings.Register);
        foreach (var p in payslips)
        {
            yield return SheetRow.Of(
            [
                p.EmployeeId, p.Name, p.Department, YearMonthPattern.Iso.Format(p.Period), p.Jurisdiction,
                p.GrossPay, p.EmployeeContributions, p.WageTax, p.BonusTax, p.PostTaxDeductions, p.NetPay,
                p.EmployerContributions, p.EmployerCost, p.ProvisionalContributions?.Message,
            ]);
        }
    }
}
