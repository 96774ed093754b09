using HrKit.Cli.Errors;
using HrKit.Cli.Files;
using HrKit.Cli.Output;
using HrKit.Integration;
using HrKit.Integration.Sync;
using HrKit.Payroll.Serialization;
using NodaTime;

namespace HrKit.Cli.Commands;

/// <summary>
/// A month's check-in sync in two passes: a dry run (nothing posted) decides by <see cref="SyncVerdict"/> whether the
/// month is fit to use; only then are the payroll inputs written (to the temporary output) and the points posted.
/// Points are idempotent per check-in, so the second pass records exactly what the first one saw. Points events the
/// policy rejects count as rejected records too (subject to <c>--max-error-rate</c>); they are known only after posting.
/// </summary>
internal sealed record MonthSync(
    string CheckInsName, Func<Stream> OpenCheckIns, YearMonth Month, IReadOnlyList<PayrollInputRecord> Payroll, string Database,
    Action<IntegrationOptions> Calendar, decimal MaxErrorRate)
{
    /// <summary>Runs the sync; the result is null when it was refused (the report and the reason are printed).</summary>
    public async Task<(AttendanceSyncResult Sync, List<PayrollInputRecord> Payroll)?> RunAsync(
        CliConsole console, Func<List<PayrollInputRecord>, Task>? beforePosting, CancellationToken cancellationToken)
    {
        var rejectedPayroll = Payroll.Where(r => r.Error is not null).ToList();
        var (dry, merged) = await CheckInSync.RunAsync(OpenCheckIns, Month, Payroll, Database, Calendar, postPoints: false, cancellationToken).ConfigureAwait(false);
        var refusal = SyncVerdict.Refusal(dry.Report, CheckInsName, rejectedPayroll.Count, Payroll.Count, MaxErrorRate);
        await ReportPayrollRejectionsAsync(console.Error, rejectedPayroll).ConfigureAwait(false);
        if (refusal is not null)
        {
            SyncFormatter.Write(console.Out, dry);
            await console.Error.WriteLineAsync(CliStrings.Format("Cli.ErrorLine", refusal)).ConfigureAwait(false);
            return null;
        }

        if (beforePosting is not null)
        {
            await beforePosting(merged).ConfigureAwait(false);
        }

        var (posted, _) = await CheckInSync.RunAsync(OpenCheckIns, Month, Payroll, Database, Calendar, postPoints: true, cancellationToken).ConfigureAwait(false);
        if (posted.Points is null)
        {
            throw new CliDataException(CliStrings.Get("Sync.BecameIncomplete"));
        }

        SyncFormatter.Write(console.Out, posted);

        // Rejected points events are only known once posted (the dry run posts nothing); the rest of the month's
        // points are then recorded, but the payroll inputs are not written unless --max-error-rate allows them.
        if (!DataQuality.Allows(posted.PointsRejected.Count, posted.PointsEvents, MaxErrorRate))
        {
            await DataQuality.RefuseAsync(console.Error,
                CliStrings.Format("Sync.PointsRejected", posted.PointsRejected.Count, posted.PointsEvents),
                MaxErrorRate).ConfigureAwait(false);
            return null;
        }

        return (posted, merged);
    }

    private static async Task ReportPayrollRejectionsAsync(TextWriter stderr, List<PayrollInputRecord> rejected)
    {
        foreach (var bad in rejected)
        {
            await stderr.WriteLineAsync(bad.Line is { } l
                ? CliStrings.Format("Sync.PayrollRejectedLine", bad.Index + 1, l, bad.Error)
                : CliStrings.Format("Sync.PayrollRejected", bad.Index + 1, bad.Error)).ConfigureAwait(false);
        }
    }
}
