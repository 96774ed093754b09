using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HrKit.Cli.CommandLine;
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

/// <summary>
/// <c>hrkit points simulate</c>: replays an events file through a policy on a throwaway in-memory ledger. Lines that
/// are not valid events and events the policy rejects are listed by line of the file and count as rejected records:
/// any fails the command (exit 1) unless <c>--max-error-rate</c> allows their share.
/// </summary>
internal static class PointsSimulateCommand
{
    public static Command Create(CliConsole console)
    {
        var events = CliOptions.File("--events", CliStrings.Get("Help.Points.Simulate.Events"), required: true);
        var policy = new Option<string>("--policy") { Description = CliStrings.Get("Help.Points.Simulate.Policy"), HelpName = "FILE" };
        var format = CliOptions.Format("table", "json");
        var zone = CliOptions.TimeZone("--time-zone", CliStrings.Get("Help.Points.Simulate.TimeZone"));
        var maxErrorRate = CliOptions.MaxErrorRate(CliStrings.Get("Help.Points.Simulate.Events.Noun"));
        var command = new Command("simulate", CliStrings.Get("Help.Points.Simulate"))
        {
            events, policy, format, zone, maxErrorRate,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var loaded = await PointsCommands.LoadPolicyAsync(parse.GetValue(policy), console.Error).ConfigureAwait(false);
            if (loaded is null)
            {
                return CliApp.InvalidInput;
            }

            var eventsPath = parse.GetRequiredValue(events);
            var file = EventsFile.Read(eventsPath, "--events");

            // Replays in event-time order on a throwaway ledger; "now" is the last event, so the output is repeatable.
            var batch = file.Events.OrderBy(e => e.Event.OccurredAt).ToList();
            var now = batch.Count == 0 ? Instant.FromUnixTimeTicks(0) : batch[^1].Event.OccurredAt;
            var store = PointsLedgerStores.InMemory(new FixedClock(now));
            await using var scope = store.ConfigureAwait(false);
            var options = new PointsOptions { TimeZoneId = parse.GetRequiredValue(zone).Id };
            var service = new PointsService(new StaticPointsPolicySource(loaded), store, Microsoft.Extensions.Options.Options.Create(options));
            var result = await service.ProcessBatchAsync([.. batch.Select(e => e.Event)], cancellationToken).ConfigureAwait(false);

            // A rejection's Index is its place in the sorted batch; the line of the file is what the user can find. Its
            // reason is in the run's language (--lang sets CurrentUICulture, GetReason's default).
            List<EventRejection> rejected =
            [
                .. file.Unreadable,
                .. result.Rejected.Select(r => new EventRejection(batch[r.Index].Line, r.EventId, r.RuleName, r.Field, r.GetReason())),
            ];
            rejected.Sort((a, b) => a.Line.CompareTo(b.Line));
            if (parse.GetRequiredValue(format) == "json")
            {
                await console.Out.WriteLineAsync(Json(result.Posted, rejected)).ConfigureAwait(false);
            }
            else
            {
                await WriteTablesAsync(console, result.Posted, store).ConfigureAwait(false);
                WriteRejected(console.Out, rejected);
            }

            var read = file.Events.Count + file.Unreadable.Count;
            await console.Error.WriteLineAsync(CliStrings.Format("Points.Simulate.Summary", read, result.Posted.Count, result.DuplicateSources.Count, rejected.Count)).ConfigureAwait(false);
            var rate = parse.GetValue(maxErrorRate);
            return DataQuality.Allows(rejected.Count, read, rate)
                ? CliApp.Ok
                : await DataQuality.RefuseAsync(console.Error, CliStrings.Format("Points.Simulate.Rejected", eventsPath, rejected.Count, read), rate).ConfigureAwait(false);
        });
        return command;
    }

    private static string Json(IReadOnlyList<Posting> posted, List<EventRejection> rejected)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WritePropertyName("postings");
            json.WriteRawValue(PointsJson.WritePostings(posted));
            json.WritePropertyName("rejected");
            JsonSerializer.Serialize(json, rejected, CliJsonContext.Default.ListEventRejection);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteRejected(TextWriter w, List<EventRejection> rejected)
    {
        if (rejected.Count == 0)
        {
            return;
        }

        w.WriteLine();
        w.WriteLine(CliStrings.Format("Points.Simulate.RejectedHeading", rejected.Count));
        var table = SpectreConsoles.Table(("  " + CliStrings.Get("Col.Line"), true), (CliStrings.Get("Col.Event"), false), (CliStrings.Get("Col.Rule"), false),
            (CliStrings.Get("Col.Field"), false), (CliStrings.Get("Col.Reason"), false));
        foreach (var r in rejected)
        {
            table.AddTextRow("  " + r.Line.ToString(CultureInfo.InvariantCulture), r.EventId, r.RuleName, r.Field, r.Reason);
        }

        SpectreConsoles.Write(w, table);
    }

    private static async Task WriteTablesAsync(CliConsole console, IReadOnlyList<Posting> posted, IPointsLedgerStore store)
    {
        var postings = SpectreConsoles.Table((CliStrings.Get("Col.Event"), false), (CliStrings.Get("Col.Employee"), false), (CliStrings.Get("Col.Rule"), false),
            (CliStrings.Get("Col.Category"), false), (CliStrings.Get("Col.Points"), true), ("", false));
        foreach (var p in posted)
        {
            postings.AddTextRow(p.SourceId, p.EmployeeId, p.RuleName, p.Category, p.Points.ToString(CultureInfo.InvariantCulture),
                p.Points == 0 && p.CapKey is not null ? CliStrings.Get("Points.CapReached") : "");
        }

        SpectreConsoles.Write(console.Out, postings);
        await console.Out.WriteLineAsync().ConfigureAwait(false);
        await console.Out.WriteLineAsync(CliStrings.Get("Points.Balances")).ConfigureAwait(false);
        var balances = SpectreConsoles.Table(("  " + CliStrings.Get("Col.Employee"), false), (CliStrings.Get("Col.Category"), false), (CliStrings.Get("Col.Points"), true));
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
