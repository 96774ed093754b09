using HrKit.Migration.Localization;
using HrKit.Migration.Journal;
using HrKit.Migration.Mapping;
using HrKit.Payroll.Periods;
using HrKit.Points.Ledger;
using NodaTime.Text;

namespace HrKit.Migration;

public sealed partial class MigrationService
{
    /// <summary>
    /// Undoes an applied batch as a whole: roster rows and payroll employee-months go back to what they were (each
    /// store in one transaction), the batch's points postings are reversed. Rolling back twice changes nothing the
    /// second time.
    /// </summary>
    /// <returns>The batch as now journaled (<see cref="MigrationBatchStatus.RolledBack"/>).</returns>
    /// <exception cref="MigrationException">The batch is unknown (<see cref="MigrationException.BatchUnknownCode"/>), or a month it wrote has been closed since (<see cref="MigrationException.ConflictCode"/>; nothing was changed).</exception>
    public async Task<MigrationBatch> RollbackAsync(string batchId, MigrationTargets targets, MigrationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(batchId);
        ArgumentNullException.ThrowIfNull(targets);
        options ??= new MigrationOptions();
        var batch = await targets.Store.FindBatchAsync(batchId, cancellationToken).ConfigureAwait(false)
            ?? throw new MigrationException(MigrationException.BatchUnknownCode, MigrationText.Of("Batch.Unknown", batchId),
                new HrKitErrorTarget(Record: batchId));
        if (batch.Status == MigrationBatchStatus.RolledBack)
        {
            return batch;
        }

        var done = await UndoAsync(targets, batch, options, MigrationBatchStatus.RolledBack, cancellationToken).ConfigureAwait(false);
        await AuditAsync(options, "rollback", batchId, $"rolled back {batch.Items.Length} items", JournalJson.Items(batch.Items), cancellationToken).ConfigureAwait(false);
        return done;
    }

    // Payroll first (it can refuse: a closed month), then points, then roster and the journal in one transaction.
    private async Task<MigrationBatch> UndoAsync(MigrationTargets targets, MigrationBatch batch, MigrationOptions options, MigrationBatchStatus status, CancellationToken ct)
    {
        await UndoPayrollAsync(targets.Payroll, batch, options.Actor, ct).ConfigureAwait(false);
        await UndoPointsAsync(targets.Points, batch, ct).ConfigureAwait(false);
        var roster = batch.Items.Where(i => i.Kind == MigrationSourceKind.Roster).ToList();
        var done = batch with { Status = status };
        await targets.Store.SaveAsync(batch.CompanyId, [.. roster.Where(i => i.Before is not null).Select(i => JournalJson.Roster(i.Before!))],
            [.. roster.Where(i => i.Before is null).Select(i => i.Key)], done, ct).ConfigureAwait(false);
        return done;
    }

    private async Task UndoPayrollAsync(IPayrollPeriodStore? store, MigrationBatch batch, string actor, CancellationToken ct)
    {
        var items = batch.Items.Where(i => i.Kind is MigrationSourceKind.Payslips or MigrationSourceKind.OpeningYearToDate).ToList();
        if (items.Count == 0 || store is null)
        {
            return;
        }

        var tx = await store.BeginAsync(batch.CompanyId, ct).ConfigureAwait(false);
        await using (tx.ConfigureAwait(false))
        {
            foreach (var item in items)
            {
                var slash = item.Key.LastIndexOf('/');
                var employee = item.Key[..slash];
                var month = YearMonthPattern.Iso.Parse(item.Key[(slash + 1)..]).Value;
                if (await tx.GetStatusAsync(month, ct).ConfigureAwait(false) == PeriodStatus.Closed)
                {
                    throw new MigrationException(MigrationException.ConflictCode,
                        MigrationText.Of("Batch.RollbackMonthClosed", batch.BatchId, item.Key[(slash + 1)..]),
                        new HrKitErrorTarget(Record: item.Key));
                }

                await tx.DeleteAsync(employee, month, ct).ConfigureAwait(false);
                foreach (var revision in item.Before is null ? [] : JournalJson.Payslips(item.Before))
                {
                    await tx.AddAsync(revision, ct).ConfigureAwait(false);
                }
            }

            foreach (var month in items.Select(i => i.Key[(i.Key.LastIndexOf('/') + 1)..]).Distinct(StringComparer.Ordinal))
            {
                await tx.AddEventAsync(new PeriodEvent(batch.CompanyId, YearMonthPattern.Iso.Parse(month).Value, PeriodAction.Run, actor,
                    _clock.GetCurrentInstant(), $"migration batch {batch.BatchId} rolled back"), ct).ConfigureAwait(false);
            }

            await tx.CommitAsync(ct).ConfigureAwait(false);
        }
    }

    // Reversing is idempotent per posting in the ledger ("reversing twice reverses once").
    private static async Task UndoPointsAsync(IPointsLedgerStore? ledger, MigrationBatch batch, CancellationToken ct)
    {
        if (ledger is null || !batch.Items.Any(i => i.Kind == MigrationSourceKind.PointsBalances))
        {
            return;
        }

        var postings = await ledger.GetPostingsAsync(new PostingQuery { SourceId = PointsSource(batch) }, ct).ConfigureAwait(false);
        foreach (var p in postings.Where(p => p.Points != 0 && p.Kind == Points.Model.PostingKind.Award))
        {
            await ledger.ReverseAsync(p.Id, ct).ConfigureAwait(false);
        }
    }
}
