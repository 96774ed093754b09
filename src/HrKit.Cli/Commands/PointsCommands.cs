using System.CommandLine;
using System.Globalization;
using HrKit.Cli.CommandLine;
using HrKit.Cli.Errors;
using HrKit.Cli.Files;
using HrKit.Cli.Output;
using HrKit.Points;
using HrKit.Points.Engine;
using HrKit.Points.Ledger;
using HrKit.Points.Model;
using HrKit.Points.Policies;
using HrKit.Points.Serialization;
using NodaTime;

namespace HrKit.Cli.Commands;

/// <summary><c>hrkit points validate | simulate | balance</c>: tools for rule authors and support staff.</summary>
internal static class PointsCommands
{
    public static Command Create(CliConsole console, GlobalOptions global) =>
        new("points", "Check a points policy, replay events through it, or show an employee's balances.")
        {
            CreateValidate(console),
            CreateSimulate(console),
            CreateBalance(console),
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
                await console.Out.WriteLineAsync($"  {rule.Name}: {points} {rule.Category}{cap} when {rule.Expression}").ConfigureAwait(false);
            }

            return CliApp.Ok;
        });
        return command;
    }

    private static Command CreateSimulate(CliConsole console)
    {
        var events = CliOptions.File("--events", "Points events, JSON Lines (docs/points-events.md).", required: true);
        var policy = new Option<string>("--policy") { Description = "Points policy JSON file, or 'default' for the built-in one (the default).", HelpName = "FILE" };
        var format = CliOptions.Format("table", "json");
        var zone = CliOptions.TimeZone("--time-zone", "IANA time zone that days and caps are counted in (default Asia/Shanghai).");
        var command = new Command("simulate", "Replay events through a policy on a throwaway in-memory ledger and print postings and balances.")
        {
            events, policy, format, zone,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var loaded = await LoadPolicyAsync(parse.GetValue(policy), console.Error).ConfigureAwait(false);
            if (loaded is null)
            {
                return CliApp.InvalidInput;
            }

            var eventsPath = parse.GetRequiredValue(events);
            List<PointsEvent> read;
            try
            {
                using var reader = new StreamReader(InputFile.Open(eventsPath, "--events"));
                read = [.. PointsJson.ReadEventLines(reader)];
            }
            catch (FormatException ex)
            {
                throw new CliDataException($"--events {eventsPath}: {ex.Message}", ex);
            }

            // Replays in event-time order on a throwaway ledger; "now" is the last event, so the output is repeatable.
            var now = read.Count == 0 ? Instant.FromUnixTimeTicks(0) : read.Max(e => e.OccurredAt);
            var store = PointsLedgerStores.InMemory(new FixedClock(now));
            await using var scope = store.ConfigureAwait(false);
            var options = new PointsOptions { TimeZoneId = parse.GetRequiredValue(zone).Id };
            var service = new PointsService(new StaticPointsPolicySource(loaded), store, options);
            var result = await service.ProcessBatchAsync([.. read.OrderBy(e => e.OccurredAt)], cancellationToken).ConfigureAwait(false);
            if (parse.GetRequiredValue(format) == "json")
            {
                await console.Out.WriteLineAsync(PointsJson.WritePostings(result.Posted)).ConfigureAwait(false);
            }
            else
            {
                await WriteTablesAsync(console, result.Posted, store).ConfigureAwait(false);
            }

            await console.Error.WriteLineAsync($"{read.Count} events read, {result.Posted.Count} postings, {result.DuplicateSources.Count} duplicate events skipped.").ConfigureAwait(false);
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
            if (!File.Exists(path))
            {
                throw new CliDataException($"--db: no points ledger at '{path}'; pass the SQLite file the application writes (e.g. hrkit-points.db).");
            }

            var store = PointsLedgerStores.Sqlite(path, SystemClock.Instance);
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

    private static async Task<PointsPolicy?> LoadPolicyAsync(string? path, TextWriter stderr)
    {
        if (path is null or "default")
        {
            return PointsPolicyLoader.LoadDefault();
        }

        string json;
        using (var reader = new StreamReader(InputFile.Open(path, "--policy")))
        {
            json = await reader.ReadToEndAsync().ConfigureAwait(false);
        }

        try
        {
            return PointsPolicyLoader.Parse(json);
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

    private static async Task WriteTablesAsync(CliConsole console, IReadOnlyList<Posting> posted, IPointsLedgerStore store)
    {
        var postings = SpectreConsoles.Table(("Event", false), ("Employee", false), ("Rule", false), ("Category", false), ("Points", true), ("", false));
        foreach (var p in posted)
        {
            postings.AddTextRow(p.SourceId, p.EmployeeId, p.RuleName, p.Category, p.Points.ToString(CultureInfo.InvariantCulture),
                p.Points == 0 && p.CapKey is not null ? "(cap reached)" : "");
        }

        SpectreConsoles.Write(console.Out, postings);
        await console.Out.WriteLineAsync().ConfigureAwait(false);
        await console.Out.WriteLineAsync("Balances:").ConfigureAwait(false);
        var balances = SpectreConsoles.Table(("  Employee", false), ("Category", false), ("Points", true));
        foreach (var employee in posted.Select(p => p.EmployeeId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            foreach (var b in await store.GetBalancesAsync(employee).ConfigureAwait(false))
            {
                balances.AddTextRow("  " + employee, b.Category, b.Points.ToString(CultureInfo.InvariantCulture));
            }
        }

        SpectreConsoles.Write(console.Out, balances);
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
