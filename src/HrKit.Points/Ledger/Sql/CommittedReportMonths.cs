using System.Collections.Concurrent;

namespace HrKit.Points.Ledger.Sql;

/// <summary>
/// For rows of <c>points_report_employees</c> (an employee's first and last award in a UTC month), a range of awards a
/// backend has seen committed. A row's range only ever widens (the postings behind it are never updated or deleted, and
/// every writer only moves its first award earlier or its last award later), so a range remembered here always lies
/// inside the row's present one, whichever process wrote since: a batch whose awards of that month all fall inside it
/// cannot move the row, and its upsert is left out. Ranges are published only when their transaction commits, so a
/// rolled-back one is never remembered.
/// </summary>
internal sealed class CommittedReportMonths
{
    private const int MaxEntries = 1_000_000;
    private readonly ConcurrentDictionary<(string Tenant, long Month, string EmployeeId), (long First, long Last)> _ranges = new();

    /// <summary>The committed range known for the row, if any.</summary>
    public bool TryGet(string tenant, long month, string employeeId, out (long First, long Last) range) =>
        _ranges.TryGetValue((tenant, month, employeeId), out range);

    /// <summary>Remembers ranges a transaction has just committed (each inside its row's range from then on).</summary>
    public void Publish(string tenant, IEnumerable<KeyValuePair<(long Month, string EmployeeId), (long First, long Last)>> committed)
    {
        // Memory stays bounded: past the limit the cache starts again, and the rows are upserted as before.
        if (_ranges.Count > MaxEntries)
        {
            _ranges.Clear();
        }

        foreach (var ((month, employee), range) in committed)
        {
            _ranges.AddOrUpdate(
                (tenant, month, employee),
                range,
                (_, known) => (Math.Min(known.First, range.First), Math.Max(known.Last, range.Last)));
        }
    }
}
