using HrKit.Cli.Errors;
using HrKit.Payroll.Model;
using HrKit.Payroll.Serialization;
using NodaTime;

namespace HrKit.Cli.Commands;

/// <summary>The employees a payroll file pays in a month, which a sync treats as its roster.</summary>
internal static class PayrollRoster
{
    public static IEnumerable<EmployeeMonthInput> ForMonth(IEnumerable<PayrollInputRecord> records, YearMonth month) =>
        records.Select(r => r.Input).OfType<EmployeeMonthInput>().Where(i => i.Period == month);

    /// <summary>
    /// Refuses a file that lists an employee twice for the same month: the sync could not tell which record the
    /// check-ins belong to, so it stops before anything is posted or written.
    /// </summary>
    /// <exception cref="CliDataException">The first repeated employee, with both records.</exception>
    public static void EnsureOnePerEmployee(IEnumerable<PayrollInputRecord> records, string option, string source)
    {
        var first = new Dictionary<(string, YearMonth), PayrollInputRecord>();
        foreach (var record in records)
        {
            if (record.Input is not { } input)
            {
                continue;
            }

            if (first.TryGetValue((input.EmployeeId, input.Period), out var earlier))
            {
                throw new CliDataException(CliStrings.Format("Err.RosterRepeated", option, source, Where(record), input.EmployeeId,
                    NodaTime.Text.YearMonthPattern.Iso.Format(input.Period), Where(earlier)));
            }

            first.Add((input.EmployeeId, input.Period), record);
        }
    }

    private static string Where(PayrollInputRecord r) => r.Line is { } line ? CliStrings.Format("Where.RecordParenLine", r.Index + 1, line) : CliStrings.Format("Where.Record", r.Index + 1);
}
