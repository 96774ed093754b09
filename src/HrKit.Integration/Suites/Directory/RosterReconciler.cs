using HrKit.Integration.Reconciliation;
using NodaTime;

namespace HrKit.Integration.Suites.Directory;

/// <summary>
/// Compares what a sync read with the roster before it: added, changed, left, unchanged, rejected. Only a complete
/// full sync may conclude that someone it did not read has left.
/// </summary>
internal sealed class RosterReconciler(Roster previous, LocalDate today)
{
    private readonly Dictionary<string, RosterEmployee> _before = previous.Employees.ToDictionary(e => e.UserId, StringComparer.Ordinal);
    private readonly Dictionary<string, RosterEmployee> _read = new(StringComparer.Ordinal);
    private readonly List<RosterChange> _changes = [];
    private readonly List<RejectedRecord> _rejected = [];
    private int _recordsRead;
    private int _unchanged;

    public void Read(Parsed<RosterEmployee> item)
    {
        _recordsRead++;
        if (item.Rejected is { } rejected)
        {
            _rejected.Add(rejected);
        }
        else if (item.Value is { } employee)
        {
            Upsert(employee);
        }
    }

    /// <summary>The vendor says <paramref name="userId"/> left on <paramref name="on"/>.</summary>
    public void Leave(string userId, LocalDate on)
    {
        if (_before.TryGetValue(userId, out var before))
        {
            Upsert(before with { Status = EmploymentStatus.Left, LeftOn = before.LeftOn ?? on });
        }
    }

    public (Roster Roster, RosterReport Report) Build(
        IReadOnlyList<Department> departments, IReadOnlyList<FailedRequest> failed, bool isFullSync, Instant startedAt, Instant now)
    {
        if (isFullSync && failed.Count == 0)
        {
            foreach (var missing in _before.Values.Where(e => e.Status != EmploymentStatus.Left && !_read.ContainsKey(e.UserId)).ToList())
            {
                Upsert(missing with { Status = EmploymentStatus.Left, LeftOn = today });
            }
        }

        var employees = new Dictionary<string, RosterEmployee>(_before, StringComparer.Ordinal);
        foreach (var (id, employee) in _read)
        {
            employees[id] = employee;
        }

        var roster = new Roster(previous.Company, departments, [.. employees.Values.OrderBy(e => e.UserId, StringComparer.Ordinal)], now);
        var report = new RosterReport
        {
            Company = previous.Company,
            StartedAt = startedAt,
            FinishedAt = now,
            RecordsRead = _recordsRead,
            Unchanged = _unchanged,
            Changes = [.. _changes.OrderBy(c => c.Employee.UserId, StringComparer.Ordinal)],
            Rejected = [.. _rejected],
            FailedRequests = failed,
        };
        return (roster, report);
    }

    private void Upsert(RosterEmployee employee)
    {
        _before.TryGetValue(employee.UserId, out var before);
        if (employee.Status == EmploymentStatus.Left && employee.LeftOn is null)
        {
            // WeCom says "quit" without a date: the day the sync first saw it is the best date there is.
            employee = employee with { LeftOn = before?.LeftOn ?? today };
        }

        if (_read.ContainsKey(employee.UserId))
        {
            _changes.RemoveAll(c => c.Employee.UserId == employee.UserId);
        }

        _read[employee.UserId] = employee;
        if (before is null)
        {
            _changes.Add(new RosterChange(employee.Status == EmploymentStatus.Left ? RosterChangeKind.Left : RosterChangeKind.Added, employee, []));
        }
        else if (before.Equals(employee))
        {
            _unchanged++;
        }
        else
        {
            var kind = employee.Status == EmploymentStatus.Left && before.Status != EmploymentStatus.Left ? RosterChangeKind.Left : RosterChangeKind.Changed;
            _changes.Add(new RosterChange(kind, employee, employee.ChangesFrom(before)));
        }
    }
}
