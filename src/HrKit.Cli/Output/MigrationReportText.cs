using HrKit.Migration.Planning;

namespace HrKit.Cli.Output;

/// <summary>
/// A migration report as text: counts per export, then each new or changed item with the fields that differ, then
/// the rejects with file, row and column. Personal data is masked unless <c>--show-personal-data</c>.
/// </summary>
internal static class MigrationReportText
{
    public static async Task WriteAsync(TextWriter output, MigrationReport report, bool showPersonalData)
    {
        var what = CliStrings.Get(report.DryRun ? "Migrate.Report.Plan"
            : report.Applied ? "Migrate.Report.Applied" : report.RejectedTotal > 0 ? "Migrate.Report.NotApplied" : "Migrate.Report.NothingToChange");
        await output.WriteLineAsync(CliStrings.Format("Migrate.Report.Batch", report.BatchId, what)).ConfigureAwait(false);
        foreach (var c in report.Counts)
        {
            await output.WriteLineAsync(CliStrings.Format("Migrate.Report.Counts", c.Kind, c.Read, c.New, c.Changed, c.Unchanged, c.Rejected)).ConfigureAwait(false);
        }

        if (report.Differences.Length > 0)
        {
            await output.WriteLineAsync(CliStrings.Get("Migrate.Report.Differences")).ConfigureAwait(false);
            foreach (var d in report.Differences)
            {
                var fields = string.Join("; ", d.Fields.Select(f => f.Describe(showPersonalData)));
                await output.WriteLineAsync(CliStrings.Format(d.Change == MigrationChange.New ? "Migrate.Report.New" : "Migrate.Report.Changed", d.Kind, d.Key, fields)).ConfigureAwait(false);
            }
        }

        if (report.Rejects.Length > 0)
        {
            await output.WriteLineAsync(CliStrings.Get("Migrate.Report.Rejected")).ConfigureAwait(false);
            foreach (var r in report.Rejects)
            {
                await output.WriteLineAsync("  " + r.Describe()).ConfigureAwait(false);
            }
        }

        if (report.LeftOut > 0)
        {
            await output.WriteLineAsync(CliStrings.Format("Migrate.Report.LeftOut", report.LeftOut)).ConfigureAwait(false);
        }
    }
}
