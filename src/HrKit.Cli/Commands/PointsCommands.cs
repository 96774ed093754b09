using System.CommandLine;
using System.Globalization;
using HrKit.Cli.CommandLine;
using HrKit.Cli.Errors;
using HrKit.Cli.Files;
using HrKit.Cli.Output;
using HrKit.Points;
using HrKit.Points.Ledger;
using HrKit.Points.Policies;
using NodaTime;

namespace HrKit.Cli.Commands;

/// <summary><c>hrkit points validate | simulate | balance | export</c>: tools for rule authors and support staff.</summary>
internal static class PointsCommands
{
    public static Command Create(CliConsole console, GlobalOptions global) =>
        new("points", "Check a points policy, replay events through it, or show an employee's balances.")
        {
            CreateValidate(console),
            PointsSimulateCommand.Create(console),
            CreateBalance(console),
            CreateExport(console),
        };

    private static Command CreateValidate(CliConsole console)
    {
        var policy = CliOptions.File("--policy", "The points policy JSON file (docs/points-policy.md).", required: true);
        var command = new Command("validate", "Check a points policy and list its rules.") { policy };
        command.SetAction(async parse =>
        {
            var path = parse.GetRequiredValue(policy);
            var loaded = await LoadPolicyAsync(path, console.Error).ConfigureAwait(false);
            if (loaded is null)
            {
                return CliApp.InvalidInput;
            }

            await console.Out.WriteLineAsync($"OK: policy '{loaded.Name}' with {loaded.Rules.Length} enabled rule(s).").ConfigureAwait(false);
            foreach (var rule in loaded.Rules)
            {
                var points = rule.PointsExpression ?? rule.Points.ToString(CultureInfo.InvariantCulture);
                var cap = rule.Cap is { } c ? $", at most {c.Limit} a {c.Period.ToString().ToLowerInvariant()}" : "";
                var budget = rule.Budget is { } b ? $", budget {b.Limit} a {b.Period.ToString().ToLowerInvariant()} for everyone" : "";
                await console.Out.WriteLineAsync($"  {rule.Name}: {points} {rule.Category}{cap}{budget} when {rule.Expression}").ConfigureAwait(false);
            }

            return CliApp.Ok;
        });
        return command;
    }

    private static Command CreateBalance(CliConsole console)
    {
        var db = CliOptions.File("--db", "The SQLite points ledger the application writes (e.g. hrkit-points.db).", required: true);
        var employee = new Option<string>("--employee") { Description = "The employee id.", HelpName = "ID", Required = true };
        var command = new Command("balance", "An employee's balance per category in a SQLite points ledger.") { db, employee };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetRequiredValue(db);
            var id = parse.GetRequiredValue(employee);
            if (string.IsNullOrWhiteSpace(id) || id.Length > PointsBounds.MaxIdLength)
            {
                throw new CliDataException(string.Create(CultureInfo.InvariantCulture,
                    $"--employee: an employee id is 1 to {PointsBounds.MaxIdLength} characters (PointsBounds.MaxIdLength); this one has {id.Length:N0}."));
            }

            if (!File.Exists(path))
            {
                throw new CliDataException($"--db: no points ledger at '{path}'; pass the SQLite file the application writes (e.g. hrkit-points.db).");
            }

            var store = SqlitePointsLedgerStore.Create(path, SystemClock.Instance);
            await using var scope = store.ConfigureAwait(false);
            var balances = await store.GetBalancesAsync(id, cancellationToken).ConfigureAwait(false);
            if (balances.Count == 0)
            {
                await console.Out.WriteLineAsync($"{id}: no points yet.").ConfigureAwait(false);
                return CliApp.Ok;
            }

            var table = SpectreConsoles.Table(("Employee", false), ("Category", false), ("Points", true));
            foreach (var b in balances)
            {
                table.AddTextRow(id, b.Category, b.Points.ToString(CultureInfo.InvariantCulture));
            }

            table.AddTextRow(id, "total", balances.Sum(b => b.Points).ToString(CultureInfo.InvariantCulture));
            SpectreConsoles.Write(console.Out, table);
            return CliApp.Ok;
        });
        return command;
    }

    private static Command CreateExport(CliConsole console)
    {
        var db = CliOptions.File("--db", "The SQLite points ledger the application writes (e.g. hrkit-points.db).", required: true);
        var output = CliOptions.File("--out", "The workbook to write (.xlsx): sheet 积分余额 Balances and sheet 积分明细 History.", required: true);
        var employee = new Option<string>("--employee") { Description = "Only this employee (default: every employee in the ledger).", HelpName = "ID" };
        var command = new Command("export", "Export balances and the posting history of a SQLite points ledger to an Excel workbook (docs/excel.md).") { db, output, employee };
        command.Validators.Add(result =>
        {
            if (result.GetValue(output) is { } path && !path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                result.AddError($"--out '{path}': the export is an Excel workbook; name the file .xlsx");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetRequiredValue(db);
            var id = parse.GetValue(employee);
            if (id is not null && (string.IsNullOrWhiteSpace(id) || id.Length > PointsBounds.MaxIdLength))
            {
                throw new CliDataException(string.Create(CultureInfo.InvariantCulture,
                    $"--employee: an employee id is 1 to {PointsBounds.MaxIdLength} characters (PointsBounds.MaxIdLength); this one has {id.Length:N0}."));
            }

            if (!File.Exists(path))
            {
                throw new CliDataException($"--db: no points ledger at '{path}'; pass the SQLite file the application writes (e.g. hrkit-points.db).");
            }

            var out_ = parse.GetRequiredValue(output);
            var file = OutputFile.Create(out_, "--out");
            await using var fileScope = file.ConfigureAwait(false);
            var store = SqlitePointsLedgerStore.Create(path, SystemClock.Instance);
            await using var scope = store.ConfigureAwait(false);
            // The store returns a query's postings as one list: --employee narrows what is held.
            var history = await store.GetPostingsAsync(new PostingQuery { EmployeeId = id }, cancellationToken).ConfigureAwait(false);
            var balances = new List<(string, Points.Model.CategoryBalance)>();
            foreach (var who in history.Select(p => p.EmployeeId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                balances.AddRange((await store.GetBalancesAsync(who, cancellationToken).ConfigureAwait(false)).Select(b => (who, b)));
            }

            PointsWorkbook.Write(file.Writer.BaseStream, balances, history, DateTimeZoneProviders.Tzdb[new PointsOptions().TimeZoneId]);
            await file.CommitAsync().ConfigureAwait(false);
            await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{balances.Count:N0} balances and {history.Count:N0} postings written to {out_}.")).ConfigureAwait(false);
            return CliApp.Ok;
        });
        return command;
    }

    /// <summary>The policy at <paramref name="path"/> (or the built-in one), or null after printing every problem by rule.</summary>
    internal static async Task<PointsPolicy?> LoadPolicyAsync(string? path, TextWriter stderr)
    {
        if (path is null or "default")
        {
            return PointsPolicyLoader.LoadDefault();
        }

        // LoadFile stops reading at the policy size limit; a huge file is refused, not read into memory.
        InputFile.EnsureReadable(path, "--policy");
        try
        {
            return PointsPolicyLoader.LoadFile(path);
        }
        catch (PointsPolicyException ex)
        {
            // Every problem by rule, one a line, not only the first.
            await stderr.WriteLineAsync($"error: --policy {path} has {ex.Errors.Count} problem(s):").ConfigureAwait(false);
            foreach (var e in ex.Errors)
            {
                await stderr.WriteLineAsync("  " + e).ConfigureAwait(false);
            }

            return null;
        }
    }
}
