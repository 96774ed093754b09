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
        new("points", CliStrings.Get("Help.Points"))
        {
            CreateValidate(console),
            PointsSimulateCommand.Create(console),
            CreateBalance(console),
            CreateExport(console),
        };

    private static Command CreateValidate(CliConsole console)
    {
        var policy = CliOptions.File("--policy", CliStrings.Get("Help.Points.Validate.Policy"), required: true);
        var command = new Command("validate", CliStrings.Get("Help.Points.Validate")) { policy };
        command.SetAction(async parse =>
        {
            var path = parse.GetRequiredValue(policy);
            var loaded = await LoadPolicyAsync(path, console.Error).ConfigureAwait(false);
            if (loaded is null)
            {
                return CliApp.InvalidInput;
            }

            await console.Out.WriteLineAsync(CliStrings.Format("Points.Validate.Ok", loaded.Name, loaded.Rules.Length)).ConfigureAwait(false);
            foreach (var rule in loaded.Rules)
            {
                var points = rule.PointsExpression ?? rule.Points.ToString(CultureInfo.InvariantCulture);
                var cap = rule.Cap is { } c ? CliStrings.Format("Points.Validate.Cap", c.Limit, CliStrings.Get("Points.Period." + c.Period)) : "";
                var budget = rule.Budget is { } b ? CliStrings.Format("Points.Validate.Budget", b.Limit, CliStrings.Get("Points.Period." + b.Period)) : "";
                await console.Out.WriteLineAsync(CliStrings.Format("Points.Validate.Rule", rule.Name, points, rule.Category, cap + budget, rule.Expression)).ConfigureAwait(false);
            }

            return CliApp.Ok;
        });
        return command;
    }

    private static Command CreateBalance(CliConsole console)
    {
        var db = CliOptions.File("--db", CliStrings.Get("Help.Points.Db"), required: true);
        var employee = new Option<string>("--employee") { Description = CliStrings.Get("Help.EmployeeId"), HelpName = "ID", Required = true };
        var command = new Command("balance", CliStrings.Get("Help.Points.Balance")) { db, employee };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetRequiredValue(db);
            var id = parse.GetRequiredValue(employee);
            if (string.IsNullOrWhiteSpace(id) || id.Length > PointsBounds.MaxIdLength)
            {
                throw new CliDataException(CliStrings.Format("Err.EmployeeIdLength", PointsBounds.MaxIdLength, id.Length));
            }

            if (!File.Exists(path))
            {
                throw new CliDataException(CliStrings.Format("Err.NoLedger", "--db", path));
            }

            var store = SqlitePointsLedgerStore.Create(path, SystemClock.Instance);
            await using var scope = store.ConfigureAwait(false);
            var balances = await store.GetBalancesAsync(id, cancellationToken).ConfigureAwait(false);
            if (balances.Count == 0)
            {
                await console.Out.WriteLineAsync(CliStrings.Format("Points.NoPoints", id)).ConfigureAwait(false);
                return CliApp.Ok;
            }

            var table = SpectreConsoles.Table((CliStrings.Get("Col.Employee"), false), (CliStrings.Get("Col.Category"), false), (CliStrings.Get("Col.Points"), true));
            foreach (var b in balances)
            {
                table.AddTextRow(id, b.Category, b.Points.ToString(CultureInfo.InvariantCulture));
            }

            table.AddTextRow(id, CliStrings.Get("Points.Total"), balances.Sum(b => b.Points).ToString(CultureInfo.InvariantCulture));
            SpectreConsoles.Write(console.Out, table);
            return CliApp.Ok;
        });
        return command;
    }

    private static Command CreateExport(CliConsole console)
    {
        var db = CliOptions.File("--db", CliStrings.Get("Help.Points.Db"), required: true);
        var output = CliOptions.File("--out", CliStrings.Get("Help.Points.Export.Out"), required: true);
        var employee = new Option<string>("--employee") { Description = CliStrings.Get("Help.Points.Export.Employee"), HelpName = "ID" };
        var command = new Command("export", CliStrings.Get("Help.Points.Export")) { db, output, employee };
        command.Validators.Add(result =>
        {
            if (result.GetValue(output) is { } path && !path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                result.AddError(CliStrings.Format("Usage.Points.ExportXlsx", path));
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetRequiredValue(db);
            var id = parse.GetValue(employee);
            if (id is not null && (string.IsNullOrWhiteSpace(id) || id.Length > PointsBounds.MaxIdLength))
            {
                throw new CliDataException(CliStrings.Format("Err.EmployeeIdLength", PointsBounds.MaxIdLength, id.Length));
            }

            if (!File.Exists(path))
            {
                throw new CliDataException(CliStrings.Format("Err.NoLedger", "--db", path));
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
            await console.Error.WriteLineAsync(CliStrings.Format("Points.Export.Written", balances.Count, history.Count, out_)).ConfigureAwait(false);
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
            await stderr.WriteLineAsync(CliStrings.Format("Cli.ErrorLine", CliStrings.Format("Points.Policy.Problems", path, ex.Errors.Count))).ConfigureAwait(false);
            foreach (var e in ex.Errors)
            {
                await stderr.WriteLineAsync("  " + e.Describe()).ConfigureAwait(false);
            }

            return null;
        }
    }
}
