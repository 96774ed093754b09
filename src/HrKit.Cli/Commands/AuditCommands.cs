using System.CommandLine;
using System.Globalization;
using HrKit.Audit;
using HrKit.Audit.Sqlite;
using HrKit.Cli.CommandLine;
using HrKit.Cli.Errors;
using NodaTime;
using NodaTime.Text;

namespace HrKit.Cli.Commands;

/// <summary><c>hrkit audit verify | list</c>: check the audit chain, and read it filtered by actor, kind and period (docs/audit.md).</summary>
internal static class AuditCommands
{
    public static Command Create(CliConsole console) => new("audit", "Check and read the tamper-evident audit log.")
    {
        CreateVerify(console),
        CreateList(console),
    };

    private static Option<string> Db() => CliOptions.File("--db", "The audit log (SQLite), e.g. hrkit-audit.db.", required: true);

    private static Command CreateVerify(CliConsole console)
    {
        var db = Db();
        var command = new Command("verify", "Recompute every hash of the chain: exit 1 and the first broken entry when an entry was edited, deleted or reordered.") { db };
        command.SetAction(async (parse, ct) =>
        {
            var log = Open(parse.GetRequiredValue(db));
            await using (log.ConfigureAwait(false))
            {
                var result = await log.VerifyAsync(ct).ConfigureAwait(false);
                if (result.IsIntact)
                {
                    await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"intact: {result.Entries} entries, head {result.HeadHash}")).ConfigureAwait(false);
                    return CliApp.Ok;
                }

                await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"error: audit chain broken at entry {result.BrokenAt} ({result.Entries} entries before it check out): {result.Problem}")).ConfigureAwait(false);
                return CliApp.InvalidInput;
            }
        });
        return command;
    }

    private static Command CreateList(CliConsole console)
    {
        var db = Db();
        var actor = new Option<string>("--actor") { Description = "Only entries by this actor.", HelpName = "NAME" };
        var kind = new Option<string>("--kind") { Description = "Only entries of this kind, e.g. payroll.close, migration.step.", HelpName = "KIND" };
        var from = new Option<string>("--from") { Description = "Only entries on or after this UTC date (yyyy-MM-dd).", HelpName = "DATE" };
        var to = new Option<string>("--to") { Description = "Only entries before this UTC date (yyyy-MM-dd).", HelpName = "DATE" };
        var command = new Command("list", "List audit entries (sequence, time, actor, kind, subject, summary), filtered.") { db, actor, kind, from, to };
        command.SetAction(async (parse, ct) =>
        {
            var query = new AuditQuery { Actor = parse.GetValue(actor), Kind = parse.GetValue(kind), From = Day(parse.GetValue(from), "--from"), To = Day(parse.GetValue(to), "--to") };
            var log = Open(parse.GetRequiredValue(db));
            await using (log.ConfigureAwait(false))
            {
                await foreach (var e in log.ReadAsync(query, ct).ConfigureAwait(false))
                {
                    await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"{e.Sequence}\t{InstantPattern.General.Format(e.At)}\t{e.Actor}\t{e.Kind}\t{e.Subject}\t{e.Summary}")).ConfigureAwait(false);
                }

                return CliApp.Ok;
            }
        });
        return command;
    }

    private static SqliteAuditLog Open(string path) => File.Exists(path)
        ? new SqliteAuditLog(path, SystemClock.Instance)
        : throw new CliDataException($"--db: no audit log at '{path}'.");

    private static Instant? Day(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success ? parsed.Value.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant() : throw new CliUsageException($"{option} '{text}' is not a date; use yyyy-MM-dd, e.g. 2026-03-01.");
    }
}
