using System.Globalization;
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
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var sub = args.Length > 0 ? args[0] : throw new CliUsageException("'hrkit points' needs a command: validate, simulate or balance.");
        return sub switch
        {
            "validate" => await ValidateAsync(CliArguments.Parse(args[1..], ["policy"]), stdout, stderr).ConfigureAwait(false),
            "simulate" => await SimulateAsync(CliArguments.Parse(args[1..], ["policy", "events", "format", "time-zone"]), stdout, stderr).ConfigureAwait(false),
            "balance" => await BalanceAsync(CliArguments.Parse(args[1..], ["db", "employee"]), stdout, stderr).ConfigureAwait(false),
            _ => throw new CliUsageException($"unknown points command '{sub}'; use validate, simulate or balance."),
        };
    }

    private static async Task<int> ValidateAsync(CliArguments a, TextWriter stdout, TextWriter stderr)
    {
        var policy = await LoadPolicyAsync(a.Require("policy"), stderr).ConfigureAwait(false);
        if (policy is null)
        {
            return CliApp.InvalidInput;
        }

        await stdout.WriteLineAsync($"OK: policy '{policy.Name}' with {policy.Rules.Length} enabled rule(s).").ConfigureAwait(false);
        foreach (var rule in policy.Rules)
        {
            var points = rule.PointsExpression ?? rule.Points.ToString(CultureInfo.InvariantCulture);
            var cap = rule.Cap is { } c ? $", at most {c.Limit} a {c.Period.ToString().ToLowerInvariant()}" : "";
            await stdout.WriteLineAsync($"  {rule.Name}: {points} {rule.Category}{cap} when {rule.Expression}").ConfigureAwait(false);
        }

        return CliApp.Ok;
    }

    private static async Task<int> SimulateAsync(CliArguments a, TextWriter stdout, TextWriter stderr)
    {
        var format = a.Get("format") ?? "table";
        if (format is not ("table" or "json"))
        {
            throw new CliUsageException($"--format '{format}' is not supported; use table or json.");
        }

        var policy = await LoadPolicyAsync(a.Get("policy"), stderr).ConfigureAwait(false);
        if (policy is null)
        {
            return CliApp.InvalidInput;
        }

        var options = new PointsOptions { TimeZoneId = a.Get("time-zone") ?? "Asia/Shanghai" };
        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(options.TimeZoneId) is null)
        {
            throw new CliUsageException($"--time-zone '{options.TimeZoneId}' is not an IANA time zone such as Asia/Shanghai.");
        }

        var eventsPath = a.Require("events");
        List<PointsEvent> events;
        try
        {
            using var reader = new StreamReader(eventsPath);
            events = PointsJson.ReadEventLines(reader).ToList();
        }
        catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"error: {eventsPath}: {ex.Message}").ConfigureAwait(false);
            return CliApp.InvalidInput;
        }

        // Replays in event-time order on a throwaway ledger; "now" is the last event, so the output is repeatable.
        var now = events.Count == 0 ? Instant.FromUnixTimeTicks(0) : events.Max(e => e.OccurredAt);
        var store = PointsLedgerStores.InMemory(new FixedClock(now));
        await using var scope = store.ConfigureAwait(false);
        var service = new PointsService(new StaticPointsPolicySource(policy), store, options);
        var result = await service.ProcessBatchAsync(events.OrderBy(e => e.OccurredAt).ToList()).ConfigureAwait(false);
        if (format == "json")
        {
            await stdout.WriteLineAsync(PointsJson.WritePostings(result.Posted)).ConfigureAwait(false);
        }
        else
        {
            await WriteTableAsync(stdout, result.Posted, await TotalsAsync(store, result.Posted).ConfigureAwait(false)).ConfigureAwait(false);
        }

        await stderr.WriteLineAsync($"{events.Count} events read, {result.Posted.Count} postings, {result.DuplicateSources.Count} duplicate events skipped.").ConfigureAwait(false);
        return CliApp.Ok;
    }

    private static async Task<int> BalanceAsync(CliArguments a, TextWriter stdout, TextWriter stderr)
    {
        var db = a.Require("db");
        var employee = a.Require("employee");
        if (!File.Exists(db))
        {
            await stderr.WriteLineAsync($"error: no points ledger at '{db}'; pass the SQLite file the application writes (e.g. hrkit-points.db).").ConfigureAwait(false);
            return CliApp.InvalidInput;
        }

        var store = PointsLedgerStores.Sqlite(db, SystemClock.Instance);
        await using var scope = store.ConfigureAwait(false);
        var balances = await store.GetBalancesAsync(employee).ConfigureAwait(false);
        if (balances.Count == 0)
        {
            await stdout.WriteLineAsync($"{employee}: no points yet.").ConfigureAwait(false);
            return CliApp.Ok;
        }

        foreach (var b in balances)
        {
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{employee}  {b.Category,-12} {b.Points,8}")).ConfigureAwait(false);
        }

        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{employee}  {"total",-12} {balances.Sum(b => b.Points),8}")).ConfigureAwait(false);
        return CliApp.Ok;
    }

    private static async Task<PointsPolicy?> LoadPolicyAsync(string? path, TextWriter stderr)
    {
        try
        {
            return path is null or "default" ? PointsPolicyLoader.LoadDefault() : PointsPolicyLoader.LoadFile(path);
        }
        catch (PointsPolicyException ex)
        {
            await stderr.WriteLineAsync($"error: {path} has {ex.Errors.Count} problem(s):").ConfigureAwait(false);
            foreach (var e in ex.Errors)
            {
                await stderr.WriteLineAsync("  " + e).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"error: cannot read policy '{path}': {ex.Message}").ConfigureAwait(false);
        }

        return null;
    }

    private static async Task<List<(string Employee, string Category, long Points)>> TotalsAsync(IPointsLedgerStore store, IReadOnlyList<Posting> posted)
    {
        var totals = new List<(string, string, long)>();
        foreach (var employee in posted.Select(p => p.EmployeeId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            totals.AddRange((await store.GetBalancesAsync(employee).ConfigureAwait(false)).Select(b => (employee, b.Category, b.Points)));
        }

        return totals;
    }

    private static async Task WriteTableAsync(TextWriter stdout, IReadOnlyList<Posting> posted, List<(string Employee, string Category, long Points)> totals)
    {
        await stdout.WriteLineAsync($"{"event",-14} {"employee",-10} {"rule",-24} {"category",-10} {"points",6}").ConfigureAwait(false);
        foreach (var p in posted)
        {
            var note = p.Points == 0 && p.CapKey is not null ? "  (cap reached)" : "";
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{p.SourceId,-14} {p.EmployeeId,-10} {p.RuleName,-24} {p.Category,-10} {p.Points,6}{note}")).ConfigureAwait(false);
        }

        await stdout.WriteLineAsync().ConfigureAwait(false);
        await stdout.WriteLineAsync("Balances:").ConfigureAwait(false);
        foreach (var (employee, category, points) in totals)
        {
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {employee,-10} {category,-10} {points,6}")).ConfigureAwait(false);
        }
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
