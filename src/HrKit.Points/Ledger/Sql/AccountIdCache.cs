using System.Collections.Concurrent;

namespace HrKit.Points.Ledger.Sql;

/// <summary>
/// Account ids a backend has seen committed. Accounts are never deleted or renumbered, so a committed id stays valid for
/// the life of the database; ids found inside a transaction are published only when it commits, so a rolled-back account
/// is never remembered.
/// </summary>
internal sealed class AccountIdCache
{
    private const int MaxEntries = 1_000_000;
    private readonly ConcurrentDictionary<(string Tenant, string EmployeeId, string Category), long> _ids = new();

    public bool TryGet(string tenant, string employeeId, string category, out long id) => _ids.TryGetValue((tenant, employeeId, category), out id);

    public void Publish(string tenant, IEnumerable<KeyValuePair<(string EmployeeId, string Category), long>> committed)
    {
        // Memory stays bounded: past the limit the cache starts again, and ids are read from the database.
        if (_ids.Count > MaxEntries)
        {
            _ids.Clear();
        }

        foreach (var ((employee, category), id) in committed)
        {
            _ids[(tenant, employee, category)] = id;
        }
    }
}
