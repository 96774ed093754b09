using System.Runtime.InteropServices;
using NodaTime;

namespace HrKit.Payroll.Engine;

/// <summary>
/// Remembers the (employee, month) pairs a bulk run has paid, so a repeated record becomes an error instead of a
/// second payslip. The records of one run nearly always share one month, so ids are kept per month; this runs once per
/// record on one thread beside the batch's computation.
/// </summary>
/// <remarks>
/// Payroll exports are usually sorted by employee id. An id ordinally greater than every id seen before in its month
/// cannot be a repeat, so it is only appended to that month's ascending list: one comparison with the previous id,
/// which is still in cache, instead of hashing the id and reading a cold dictionary bucket and entry (~200 ns a record,
/// a third of the gap to a plain loop). An id that breaks the order is looked up in the ascending list (binary search)
/// and in a dictionary of the out-of-order ids, and added to the latter when new. That is exact for any order: every
/// dictionary id is below the list's last id, which only grows, so an id above it is in neither. Unsorted input costs
/// O(log n) comparisons plus a dictionary lookup per record; sorted input costs one comparison.
/// </remarks>
internal sealed class PaidRecordIndex(int expectedRecords)
{
    // Pre-sizing avoids regrowing a million ids as the run grows; the bound keeps a wrong hint from reserving gigabytes.
    private const int MaxPresize = 1 << 22;

    private readonly Dictionary<YearMonth, MonthIds> _byMonth = [];
    private MonthIds? _current;
    private YearMonth _currentMonth;

    /// <summary>Records <paramref name="index"/> for the pair; returns the index it was first seen at, or -1 when new.</summary>
    public long FirstIndexOrAdd(string employeeId, YearMonth month, long index)
    {
        if (_current is null || month != _currentMonth)
        {
            if (!_byMonth.TryGetValue(month, out _current))
            {
                var capacity = _byMonth.Count == 0 ? Math.Clamp(expectedRecords, 0, MaxPresize) : 0;
                _byMonth[month] = _current = new MonthIds(capacity);
            }

            _currentMonth = month;
        }

        return _current.FirstIndexOrAdd(employeeId, index);
    }

    private sealed class MonthIds(int capacity)
    {
        private readonly List<PaidId> _ascending = new(capacity);
        private Dictionary<string, long>? _outOfOrder;

        public long FirstIndexOrAdd(string employeeId, long index)
        {
            var count = _ascending.Count;
            if (count == 0 || string.CompareOrdinal(employeeId, _ascending[count - 1].EmployeeId) > 0)
            {
                _ascending.Add(new PaidId(employeeId, index));
                return -1;
            }

            var found = BinarySearch(employeeId);
            if (found >= 0)
            {
                return _ascending[found].Index;
            }

            _outOfOrder ??= new Dictionary<string, long>(StringComparer.Ordinal);
            ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(_outOfOrder, employeeId, out var exists);
            if (exists)
            {
                return first;
            }

            first = index;
            return -1;
        }

        private int BinarySearch(string employeeId)
        {
            var ids = CollectionsMarshal.AsSpan(_ascending);
            int low = 0, high = ids.Length - 1;
            while (low <= high)
            {
                var middle = low + ((high - low) >> 1);
                var order = string.CompareOrdinal(ids[middle].EmployeeId, employeeId);
                if (order == 0)
                {
                    return middle;
                }

                if (order < 0)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return -1;
        }
    }

    private readonly record struct PaidId(string EmployeeId, long Index);
}
