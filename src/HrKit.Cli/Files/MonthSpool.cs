using System.Globalization;
using System.Runtime.CompilerServices;
using HrKit.Payroll.Model;
using HrKit.Payroll.Serialization;
using NodaTime;

namespace HrKit.Cli.Files;

/// <summary>
/// Puts a file holding several months in month order without holding it in memory: one pass writes each month's
/// records to a temporary JSON Lines file of its own, then the months are read back in order. The files are deleted
/// on dispose.
/// </summary>
internal sealed class MonthSpool : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"hrkit-months-{Guid.NewGuid():N}");
    private readonly SortedDictionary<YearMonth, StreamWriter> _months = [];

    /// <summary>Adds a record; its place in the file (record index, line) travels with it for error messages.</summary>
    public void Add(EmployeeMonthInput input, long index, long? line)
    {
        if (!_months.TryGetValue(input.Period, out var writer))
        {
            Directory.CreateDirectory(_folder);
            writer = new StreamWriter(Path.Combine(_folder, $"{input.Period.Year:D4}-{input.Period.Month:D2}.jsonl")) { NewLine = "\n" };
            _months[input.Period] = writer;
        }

        writer.Write(index.ToString(CultureInfo.InvariantCulture));
        writer.Write('\t');
        writer.Write(line?.ToString(CultureInfo.InvariantCulture));
        writer.Write('\t');
        writer.WriteLine(PayrollJson.Serialize(input));
    }

    /// <summary>Every record, month by month, in file order within a month.</summary>
    public async IAsyncEnumerable<(EmployeeMonthInput Input, long Index, long? Line)> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var writer in _months.Values)
        {
            await writer.DisposeAsync().ConfigureAwait(false);
        }

        foreach (var month in _months.Keys)
        {
            using var reader = new StreamReader(Path.Combine(_folder, $"{month.Year:D4}-{month.Month:D2}.jsonl"));
            while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                var fields = line.Split('\t', 3);
                yield return (PayrollJson.DeserializeInput(fields[2]), long.Parse(fields[0], CultureInfo.InvariantCulture),
                    fields[1].Length == 0 ? null : long.Parse(fields[1], CultureInfo.InvariantCulture));
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var writer in _months.Values)
        {
            await writer.DisposeAsync().ConfigureAwait(false);
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
