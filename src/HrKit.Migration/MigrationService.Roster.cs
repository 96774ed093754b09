using HrKit.Migration.Journal;
using HrKit.Migration.Mapping;
using HrKit.Migration.Planning;
using HrKit.Migration.Records;
using HrKit.Migration.Roster;
using NodaTime.Text;

namespace HrKit.Migration;

public sealed partial class MigrationService
{
    private static async Task DiffRosterAsync(IMigrationStore store, MigrationWork work, CancellationToken ct)
    {
        foreach (var r in work.Roster)
        {
            var existing = await store.FindEmployeeAsync(work.CompanyId, r.EmployeeId, ct).ConfigureAwait(false);
            if (existing == r)
            {
                work.Unchanged(MigrationSourceKind.Roster);
                continue;
            }

            var before = Fields(existing);
            var fields = Fields(r)!.Select((f, i) => new MigrationFieldChange(f.Field, before?[i].Value, f.Value)).Where(c => c.Before != c.After).ToList();
            work.Differs(MigrationSourceKind.Roster, r.EmployeeId, existing is null ? null : JournalJson.Roster(existing), fields, existing is null);
        }
    }

    private static List<RosterRecord> RosterUpserts(MigrationWork work)
    {
        var changed = work.Journal.Where(i => i.Kind == MigrationSourceKind.Roster).Select(i => i.Key).ToHashSet(StringComparer.Ordinal);
        return [.. work.Roster.Where(r => changed.Contains(r.EmployeeId))];
    }

    private static (string Field, string? Value)[]? Fields(RosterRecord? r) => r is null ? null :
    [
        ("name", r.Name), ("department", r.Department), ("nationalId", r.NationalId), ("bankAccount", r.BankAccount), ("phone", r.Phone),
        ("hireDate", r.HireDate is { } h ? LocalDatePattern.Iso.Format(h) : null),
        ("terminationDate", r.TerminationDate is { } t ? LocalDatePattern.Iso.Format(t) : null),
        ("jurisdiction", r.Jurisdiction), ("city", r.City),
    ];
}
