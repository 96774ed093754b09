using HrKit.Migration.Localization;
using System.Globalization;
using HrKit.Migration.Mapping;
using HrKit.Migration.Planning;
using HrKit.Points.Ledger;

namespace HrKit.Migration;

public sealed partial class MigrationService
{
    /// <summary>The event type of opening-balance postings; their source id is <c>migration/{batchId}/{applied-at ticks}</c>.</summary>
    public const string OpeningBalanceEventType = "migration-opening-balance";

    // An opening balance is the difference between the export's balance and the ledger's: a re-run posts nothing.
    private static async Task DiffPointsAsync(IPointsLedgerStore? ledger, MigrationWork work, CancellationToken ct)
    {
        foreach (var b in work.Points)
        {
            var balances = await ledger!.GetBalancesAsync(b.EmployeeId, ct).ConfigureAwait(false);
            var current = balances.FirstOrDefault(x => x.Category == b.Category);
            var has = balances.Any(x => x.Category == b.Category);
            if (current.Points == b.Points)
            {
                work.Unchanged(MigrationSourceKind.PointsBalances);
                continue;
            }

            var before = has ? current.Points.ToString(CultureInfo.InvariantCulture) : null;
            work.Differs(MigrationSourceKind.PointsBalances, $"{b.EmployeeId}/{b.Category}", before,
                [new MigrationFieldChange("points", before, b.Points.ToString(CultureInfo.InvariantCulture))], !has);
        }
    }

    // One AppendAsync: the ledger records the whole batch in one transaction or nothing.
    private static async Task AppendPointsAsync(IPointsLedgerStore? ledger, MigrationWork work, Journal.MigrationBatch batch, CancellationToken ct)
    {
        var items = work.Journal.Where(i => i.Kind == MigrationSourceKind.PointsBalances).ToList();
        if (items.Count == 0)
        {
            return;
        }

        var now = batch.At;
        var source = PointsSource(batch);
        var wanted = work.Points.ToDictionary(p => $"{p.EmployeeId}/{p.Category}", StringComparer.Ordinal);
        var requests = items.Select(i =>
        {
            var b = wanted[i.Key];
            var delta = checked(b.Points - (i.Before is null ? 0 : long.Parse(i.Before, CultureInfo.InvariantCulture)));
            return new PostingRequest(source, $"{source}/{i.Key}", b.EmployeeId, b.Category, delta, now)
            {
                EventType = OpeningBalanceEventType,
                RuleName = "migration",
            };
        }).ToList();
        var result = await ledger!.AppendAsync(requests, ct).ConfigureAwait(false);
        if (result.DuplicateSources.Count > 0)
        {
            throw new MigrationException(MigrationException.ConflictCode,
                MigrationText.Of("Batch.PointsSourceExists", source), new HrKitErrorTarget(Record: source));
        }
    }

    // Each application of a batch posts under its own source id, so a batch rolled back and applied again is not
    // skipped by the ledger's per-source idempotency; a re-run with nothing changed posts nothing at all.
    private static string PointsSource(Journal.MigrationBatch batch) =>
        string.Create(CultureInfo.InvariantCulture, $"migration/{batch.BatchId}/{batch.At.ToUnixTimeTicks()}");
}
