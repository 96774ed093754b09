using System.Globalization;
using HrKit.Payroll.Localization;
using HrKit.Payroll.Model;
using HrKit.Payroll.Reports;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace HrKit.Cli.Output;

/// <summary>
/// The payslip table, streamed: rows are rendered in blocks with fixed column widths (in terminal cells, so 张伟 takes
/// four), so every block lines up with the header without holding the run in memory. With <c>--explain</c> each
/// payslip is printed with every line explained instead; with <c>--report</c> the company report follows.
/// Provisional (carried-forward) contributions are marked <c>*</c> and explained per city and month after the table.
/// Headings are in the run's language (<see cref="PayrollLocalizer.Current"/>).
/// </summary>
internal sealed class PayslipTableSink(TextWriter writer, bool explain, ProvisionalTally? provisional = null) : IPayslipSink
{
    private const int BlockRows = 256;

    // Widths in terminal cells fit the longest heading in every language (社保公积金 takes ten).
    private static readonly (string HeaderKey, int Width, bool Right)[] Columns =
    [
        ("Payslip.Employee", 10, false), ("Payslip.Name", 14, false), ("Payslip.Department", 12, false), ("Payslip.Gross", 12, true),
        ("Payslip.Contributions", 11, true), ("Payslip.Tax", 10, true), ("Payslip.Net", 12, true), ("Payslip.EmployerCost", 14, true),
    ];

    private readonly PayrollLocalizer _texts = PayrollLocalizer.Current;

    private Table? _block;
    private int _rows;
    private bool _headerShown;

    public void Write(Payslip payslip)
    {
        if (explain)
        {
            PayslipText.WriteExplained(writer, payslip, _texts);
            writer.WriteLine();
            return;
        }

        _block ??= NewBlock();
        _block.AddRow(
            Cell(payslip.EmployeeId, 0), Cell(payslip.Name, 1), Cell(payslip.Department, 2), Amount(payslip.GrossPay),
            Amount(payslip.EmployeeContributions, payslip.ProvisionalContributions is null ? " " : "*"),
            Amount(payslip.WageTax + payslip.BonusTax), Amount(payslip.NetPay), Amount(payslip.EmployerCost));
        if (++_rows == BlockRows)
        {
            Flush();
        }
    }

    public void Reject(PayrollRejection rejection)
    {
    }

    public void Complete(PayrollReport? report)
    {
        if (!explain && !_headerShown)
        {
            _block ??= NewBlock();
        }

        Flush();
        if (report is not null)
        {
            writer.WriteLine();
            PayslipText.WriteReport(writer, report, _texts);
        }
        else if (provisional is { Payslips: > 0 })
        {
            // The report's alerts say the same, so the note is printed only without --report.
            writer.WriteLine();
            writer.WriteLine(CliStrings.Get("Cli.Provisional.Note"));
            foreach (var line in provisional.Lines())
            {
                writer.WriteLine("  " + line);
            }
        }
    }

    private void Flush()
    {
        if (_block is null)
        {
            return;
        }

        SpectreConsoles.Write(writer, _block);
        _headerShown = true;
        _block = null;
        _rows = 0;
    }

    private Table NewBlock()
    {
        var table = new Table().Border(TableBorder.None);
        table.ShowHeaders = !_headerShown;
        foreach (var (header, width, right) in Columns)
        {
            var column = new TableColumn(new Text(_texts[header])) { Width = width, NoWrap = true, Padding = new Padding(0, 0, 1, 0) };
            table.AddColumn(right ? column.RightAligned() : column);
        }

        return table;
    }

    // Cut to the column in terminal cells, ending in "…": a name never wraps onto a second line of the table.
    private static Text Cell(string? text, int column)
    {
        var segment = new Segment(text ?? "");
        var width = Columns[column].Width;
        return new Text(segment.CellCount() <= width ? segment.Text : Segment.SplitOverflow(segment, Overflow.Ellipsis, width)[0].Text);
    }

    private static Text Amount(decimal amount, string suffix = "") => new(amount.ToString("N2", CultureInfo.InvariantCulture) + suffix);
}
