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
    public static Command Create(CliConsole console) => new("audit", CliStrings.Get("Help.Audit"))
    {
        CreateVerify(console),
        CreateList(console),
    };

    private static Option<string> Db() => CliOptions.File("--db", CliStrings.Get("Help.Audit.Db"), required: true);

    private static Command CreateVerify(CliConsole console)
    {
        var db = Db();
        var command = new Command("verify", CliStrings.Get("Help.Audit.Verify")) { db };
        command.SetAction(async (parse, ct) =>
        {
            var log = Open(parse.GetRequiredValue(db));
            await using (log.ConfigureAwait(false))
            {
                var result = await log.VerifyAsync(ct).ConfigureAwait(false);
                if (result.IsIntact)
                {
                    await console.Out.WriteLineAsync(CliStrings.Format("Audit.Intact", result.Entries, result.HeadHash)).ConfigureAwait(false);
                    return CliApp.Ok;
                }

                await console.Error.WriteLineAsync(CliStrings.Format("Cli.ErrorLine", CliStrings.Format("Audit.Broken", result.BrokenAt, result.Entries, result.Problem))).ConfigureAwait(false);
                return CliApp.InvalidInput;
            }
        });
        return command;
    }

    private static Command CreateList(CliConsole console)
    {
        var db = Db();
        var actor = new Option<string>("--actor") { Description = CliStrings.Get("Help.Audit.Actor"), HelpName = "NAME" };
        var kind = new Option<string>("--kind") { Description = CliStrings.Get("Help.Audit.Kind"), HelpName = "KIND" };
        var from = new Option<string>("--from") { Description = CliStrings.Get("Help.Audit.From"), HelpName = "DATE" };
        var to = new Option<string>("--to") { Description = CliStrings.Get("Help.Audit.To"), HelpName = "DATE" };
        var command = new Command("list", CliStrings.Get("Help.Audit.List")) { db, actor, kind, from, to };
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
        : throw new CliDataException(CliStrings.Format("Err.NoAuditLog", path));

    private static Instant? Day(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success ? parsed.Value.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant() : throw new CliUsageException(CliStrings.Format("Usage.Audit.Date", option, text));
    }
}
