using System.Runtime.InteropServices;
using NodaTime;

namespace HrKit.Payroll.Engine;

/// <summary>
/// Remembers the (employee, month) pairs a bulk run has paid, so a repeated record becomes an error instead of a
/// second payslip. The records of one run nearly always share one month, so ids are kept per month in ordinal string
/// dictionaries: their non-randomised string hashing costs a fraction of hashing an (id, month) tuple, and this runs
/// once per record on the one thread that orders the batches.
/// </summary>
internal sealed class PaidRecordIndex(int expectedRecords)
{
    // Pre-sizing avoids rehashing a million ids as the run grows; the bound keeps a wrong hint from reserving gigabytes.
    private const int MaxPresize = 1 << 22;

    private readonly Dictionary<YearMonth, Dictionary<string, long>> _byMonth = [];
    private Dictionary<string, long>? _current;
    private YearMonth _currentMonth;

    /// <summary>Records <paramref name="index"/> for the pair; returns the index it was first seen at, or -1 when new.</summary>
    public long FirstIndexOrAdd(string employeeId, YearMonth month, long index)
    {
        if (_current is null || month != _currentMonth)
        {
            if (!_byMonth.TryGetValue(month, out _current))
            {
                var capacity = _byMonth.Count == 0 ? Math.Clamp(expectedRecords, 0, MaxPresize) : 0;
                _byMonth[month] = _current = new Dictionary<string, long>(capacity, StringComparer.Ordinal);
            }

            _currentMonth = month;
        }

        ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(_current, employeeId, out var exists);
        if (exists)
        {
            return first;
        }

        first = index;
        return -1;
    }
}
