using System.Globalization;
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
        var what = report.DryRun ? "plan (applied to a sandbox copy; the real stores were not touched)"
            : report.Applied ? "applied" : report.RejectedTotal > 0 ? "NOT applied: rows were rejected, nothing was written" : "nothing to change";
        await output.WriteLineAsync($"batch {report.BatchId}: {what}").ConfigureAwait(false);
        foreach (var c in report.Counts)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  {c.Kind}: {c.Read} read, {c.New} new, {c.Changed} changed, {c.Unchanged} unchanged, {c.Rejected} rejected")).ConfigureAwait(false);
        }

        if (report.Differences.Length > 0)
        {
            await output.WriteLineAsync("differences:").ConfigureAwait(false);
            foreach (var d in report.Differences)
            {
                var fields = string.Join("; ", d.Fields.Select(f => f.Describe(showPersonalData)));
                await output.WriteLineAsync($"  {(d.Change == MigrationChange.New ? "new" : "changed")} {d.Kind} {d.Key}: {fields}").ConfigureAwait(false);
            }
        }

        if (report.Rejects.Length > 0)
        {
            await output.WriteLineAsync("rejected:").ConfigureAwait(false);
            foreach (var r in report.Rejects)
            {
                await output.WriteLineAsync($"  {r}").ConfigureAwait(false);
            }
        }

        if (report.LeftOut > 0)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"({report.LeftOut} more not listed)")).ConfigureAwait(false);
        }
    }
}
