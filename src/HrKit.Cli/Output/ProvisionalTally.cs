using HrKit.Payroll.Model;
using NodaTime.Text;

namespace HrKit.Cli.Output;

/// <summary>
/// Payslips whose contributions were carried forward (provisional), counted per city and pay month, for the note after
/// a run. Bounded by the table, not the run: a city is carried forward at most 24 months, so there are at most
/// 24 entries per city whatever the number of employees.
/// </summary>
internal sealed class ProvisionalTally
{
    private readonly SortedDictionary<string, (long Payslips, string Message)> _byCityMonth = new(StringComparer.Ordinal);

    /// <summary>Payslips counted so far.</summary>
    public long Payslips { get; private set; }

    /// <summary>Counts <paramref name="payslip"/> when its contributions are provisional.</summary>
    public void Add(Payslip payslip)
    {
        if (payslip.ProvisionalContributions is not { } carry)
        {
            return;
        }

        var key = $"{carry.City} {YearMonthPattern.Iso.Format(carry.Month)}";
        _byCityMonth[key] = (_byCityMonth.GetValueOrDefault(key).Payslips + 1, carry.Message);
        Payslips++;
    }

    /// <summary>One line per city and month: <c>beijing 2026-11, 2 payslips: 2026-07 cycle not yet published; …</c>.</summary>
    public IEnumerable<string> Lines() => _byCityMonth.Select(e =>
        CliStrings.Format(e.Value.Payslips == 1 ? "Provisional.Line.One" : "Provisional.Line", e.Key, e.Value.Payslips, e.Value.Message));
}
