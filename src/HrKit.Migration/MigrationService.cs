using HrKit.Migration.Localization;
using System.Globalization;
using HrKit.Audit;
using HrKit.Migration.Journal;
using HrKit.Migration.Mapping;
using HrKit.Migration.Planning;
using NodaTime;

namespace HrKit.Migration;

/// <summary>
/// Moves another system's exports into HrKit's stores: <see cref="PlanAsync"/> rehearses on sandbox copies and reports
/// counts, rejects and differences; <see cref="ApplyAsync"/> writes a batch (nothing at all while any row is rejected;
/// re-running it changes nothing); <see cref="RollbackAsync"/> undoes a batch as a whole. Each store is written in one
/// transaction of its own; when a later store refuses, the earlier ones are rolled back from the journal. Workflow,
/// guarantees and limits: docs/migration.md.
/// </summary>
public sealed partial class MigrationService
{
    private readonly IClock _clock;

    /// <summary>Creates the service.</summary>
    /// <param name="clock">Stamps journal entries, payslips and postings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public MigrationService(IClock clock) => _clock = clock ?? throw new ArgumentNullException(nameof(clock));

    /// <summary>
    /// The dry run: reads every export, compares it with <paramref name="sandbox"/> and applies it there (so the stores'
    /// own refusals show up too), skipping rejected rows. Pass copies of the real stores: this method writes to them.
    /// </summary>
    /// <returns>Counts, rejects and differences (new, changed, unchanged) against what the stores held.</returns>
    /// <exception cref="MigrationException">A mapped file or column is missing, or a file is not CSV.</exception>
    /// <exception cref="Security.EncryptionException">An encrypted export cannot be decrypted.</exception>
    public Task<MigrationReport> PlanAsync(MigrationMapping mapping, MigrationTargets sandbox, MigrationOptions? options = null, CancellationToken cancellationToken = default) =>
        RunAsync(mapping, sandbox, options ?? new MigrationOptions(), dryRun: true, cancellationToken);

    /// <summary>
    /// Applies the exports to <paramref name="targets"/> as one batch. With any row rejected nothing is written
    /// (<see cref="MigrationReport.Applied"/> is false); with nothing new or changed nothing is written either, so
    /// applying the same exports twice changes nothing the second time.
    /// </summary>
    /// <exception cref="MigrationException">
    /// A mapped file or column is missing; a batch with the same id was applied and the stores changed since
    /// (<see cref="MigrationException.ConflictCode"/>); a store refused (the earlier stores were rolled back).
    /// </exception>
    /// <exception cref="Security.EncryptionException">An encrypted export cannot be decrypted.</exception>
    public Task<MigrationReport> ApplyAsync(MigrationMapping mapping, MigrationTargets targets, MigrationOptions? options = null, CancellationToken cancellationToken = default) =>
        RunAsync(mapping, targets, options ?? new MigrationOptions(), dryRun: false, cancellationToken);

    private async Task<MigrationReport> RunAsync(MigrationMapping mapping, MigrationTargets targets, MigrationOptions options, bool dryRun, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(targets);
        RequireTargets(mapping, targets);
        var work = new MigrationWork(mapping.CompanyId, options.BatchId ?? "");
        await ReadAllAsync(mapping, options, work, ct).ConfigureAwait(false);

        await DiffRosterAsync(targets.Store, work, ct).ConfigureAwait(false);
        await DiffPointsAsync(targets.Points, work, ct).ConfigureAwait(false);
        var payroll = await PayrollStep.StartAsync(targets.Payroll, work, options.Actor, _clock, ct).ConfigureAwait(false);
        await using (payroll.ConfigureAwait(false))
        {
            var write = work.ChangesTotal > 0 && (dryRun || work.RejectedTotal == 0);
            if (write && !dryRun && await targets.Store.FindBatchAsync(work.BatchId, ct).ConfigureAwait(false) is { Status: MigrationBatchStatus.Applied })
            {
                throw new MigrationException(MigrationException.ConflictCode,
                    MigrationText.Of("Batch.AppliedBefore", work.BatchId, work.ChangesTotal),
                    new HrKitErrorTarget(Record: work.BatchId));
            }

            if (write)
            {
                await WriteAsync(targets, work, payroll, options, ct).ConfigureAwait(false);
            }

            var report = work.Report(dryRun, write);
            await AuditAsync(options, dryRun ? "plan" : "apply", work.BatchId,
                $"{(dryRun ? "plan (sandbox)" : write ? "applied" : work.RejectedTotal > 0 ? "refused: rows rejected, nothing written" : "nothing to change")}: {Summary(report)}",
                string.Join('\n', report.Counts), ct).ConfigureAwait(false);
            return report;
        }
    }

    // Journal and roster first (one transaction), then payroll, then points; a refusal undoes what was written.
    private async Task WriteAsync(MigrationTargets targets, MigrationWork work, PayrollStep payroll, MigrationOptions options, CancellationToken ct)
    {
        var batch = new MigrationBatch(work.BatchId, work.CompanyId, options.Actor, _clock.GetCurrentInstant(), MigrationBatchStatus.Applied, work.Journal.ToImmutable());
        await targets.Store.SaveAsync(work.CompanyId, RosterUpserts(work), [], batch, ct).ConfigureAwait(false);
        try
        {
            await payroll.CommitAsync(ct).ConfigureAwait(false);
            await AppendPointsAsync(targets.Points, work, batch, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HrKitException or System.Data.Common.DbException)
        {
            // Release the company's payroll transaction before the undo opens its own.
            await payroll.DisposeAsync().ConfigureAwait(false);
            await UndoAsync(targets, batch, options, MigrationBatchStatus.Failed, CancellationToken.None).ConfigureAwait(false);
            throw new MigrationException(MigrationException.ConflictCode,
                MigrationText.Of("Batch.StoreRefused", work.BatchId, ex.Message), new HrKitErrorTarget(Record: work.BatchId), ex);
        }

        foreach (var kind in Enum.GetValues<MigrationSourceKind>().Where(k => work.Journal.Any(i => i.Kind == k)))
        {
            await AuditAsync(options, $"apply {kind}", work.BatchId, $"{work.Journal.Count(i => i.Kind == kind)} items written to the {kind} store",
                string.Join('\n', work.Journal.Where(i => i.Kind == kind).Select(i => i.Key)), ct).ConfigureAwait(false);
        }
    }

    private static void RequireTargets(MigrationMapping mapping, MigrationTargets targets)
    {
        ArgumentNullException.ThrowIfNull(targets.Store);
        if (targets.Payroll is null && (mapping.Find(MigrationSourceKind.Payslips) ?? mapping.Find(MigrationSourceKind.OpeningYearToDate)) is not null)
        {
            throw new ArgumentException("The mapping has payroll exports but no payroll period store was given.", nameof(targets));
        }

        if (targets.Points is null && mapping.Find(MigrationSourceKind.PointsBalances) is not null)
        {
            throw new ArgumentException("The mapping has a points export but no points ledger was given.", nameof(targets));
        }
    }

    private static Task<AuditEntry?> AuditAsync(MigrationOptions options, string step, string batchId, string summary, string data, CancellationToken ct) =>
        options.AuditLog.RecordAsync(AuditKinds.MigrationStep, options.Actor, $"migration/{batchId}/{step}", summary, data, ct);

    private static string Summary(MigrationReport r) => string.Create(CultureInfo.InvariantCulture,
        $"{r.Counts.Sum(c => c.Read)} rows, {r.Counts.Sum(c => c.New)} new, {r.Counts.Sum(c => c.Changed)} changed, {r.Counts.Sum(c => c.Unchanged)} unchanged, {r.RejectedTotal} rejected");
}
