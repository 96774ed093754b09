using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using HrKit.Integration;
using HrKit.Payroll.Diagnostics;
using HrKit.Points.Diagnostics;

namespace HrKit.Docs.Tests;

/// <summary>Issue 19: every instrument of every package in the one table of docs/telemetry.md, with its kind and unit, and nothing else.</summary>
public sealed partial class TelemetryTableTests
{
    [Fact]
    public void TelemetryTable_ListsExactlyTheInstrumentsOfEveryPackage()
    {
        Assert.Equal(Published(), Documented());
    }

    // Rows look like: | HrKit.Payroll | `HrKit.Payroll` | `hrkit.payroll.payslips` | counter | `{payslip}` | … |
    [GeneratedRegex(@"^\| HrKit\.\w+ \| `(?<meter>[^`]+)` \| `(?<name>[^`]+)` \| (?<kind>\w+) \| `(?<unit>[^`]+)` \|", RegexOptions.Multiline)]
    private static partial Regex Row();

    private static SortedSet<string> Documented()
    {
        var text = File.ReadAllText(Path.Combine(DocSnippets.RepositoryRoot, "docs", "telemetry.md"));
        return [.. Row().Matches(text).Select(m => $"{m.Groups["meter"].Value} {m.Groups["name"].Value} {m.Groups["kind"].Value} {m.Groups["unit"].Value}")];
    }

    private static SortedSet<string> Published()
    {
        // Initialising each package's telemetry class creates its process-wide meter and every instrument on it.
        foreach (var telemetry in new[] { typeof(PayrollTelemetry), typeof(PointsTelemetry), typeof(IntegrationTelemetry) })
        {
            RuntimeHelpers.RunClassConstructor(telemetry.TypeHandle);
        }

        var published = new SortedSet<string>(StringComparer.Ordinal);
        using var listener = new MeterListener();
        // Start() replays every instrument already published.
        listener.InstrumentPublished = (instrument, _) =>
        {
            if (instrument.Meter.Name.StartsWith("HrKit.", StringComparison.Ordinal))
            {
                published.Add($"{instrument.Meter.Name} {instrument.Name} {Kind(instrument)} {instrument.Unit}");
            }
        };
        listener.Start();
        return published;
    }

    private static string Kind(Instrument instrument) => instrument.GetType().Name switch
    {
        var n when n.StartsWith("Counter", StringComparison.Ordinal) => "counter",
        var n when n.StartsWith("Histogram", StringComparison.Ordinal) => "histogram",
        var n when n.StartsWith("UpDownCounter", StringComparison.Ordinal) => "updowncounter",
        var n => n,
    };
}
