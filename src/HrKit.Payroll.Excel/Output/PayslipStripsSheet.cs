using HrKit.Payroll.Model;
using NodaTime.Text;

namespace HrKit.Payroll.Excel.Output;

/// <summary>
/// The classic 工资条: for every employee a header row, the figures under it and a blank row to cut along, so each
/// strip reads on its own once printed and cut. The header names the employee's own payslip lines (what the employee
/// sees: earnings, deductions, own contributions, taxes); a payslip with more cells than <see cref="Width"/> continues
/// in a second header and figures pair.
/// </summary>
internal static class PayslipStripsSheet
{
    /// <summary>Cells per strip row; every row has them all (MiniExcel takes the columns from the first row and looks each up in every row).</summary>
    public const int Width = 32;

    public static IEnumerable<IDictionary<string, object?>> Rows(IEnumerable<Payslip> payslips)
    {
        foreach (var p in payslips)
        {
            var cells = new List<(string Heading, object? Value)>
            {
                (OutputHeadings.EmployeeId, p.EmployeeId),
                (OutputHeadings.Name, p.Name),
                (OutputHeadings.Department, p.Department),
                (OutputHeadings.Period, YearMonthPattern.Iso.Format(p.Period)),
            };
            cells.AddRange(p.Lines.Where(l => l.Kind is not (PayslipLineKind.EmployerContribution or PayslipLineKind.Info))
                .Select(l => (OutputHeadings.LineName(p.Jurisdiction, l), (object?)l.Amount)));
            cells.Add((OutputHeadings.GrossPay, p.GrossPay));
            cells.Add((OutputHeadings.EmployeeContributions, p.EmployeeContributions));
            cells.Add((OutputHeadings.WageTax, p.WageTax + p.BonusTax));
            cells.Add((OutputHeadings.NetPay, p.NetPay));
            foreach (var chunk in cells.Chunk(Width))
            {
                yield return SheetRow.Of(chunk.Select(c => (object?)c.Heading), Width);
                yield return SheetRow.Of(chunk.Select(c => c.Value), Width);
            }

            yield return SheetRow.Of([], Width);
        }
    }
}
