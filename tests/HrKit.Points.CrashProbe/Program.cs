// Appends numbered batches to a SQLite points ledger forever, printing "committed <batch>" after each AppendAsync
// returns, so a test can kill this process at an arbitrary moment and check what survived.
// Usage: HrKit.Points.CrashProbe <ledger.db> <run-id> <batch-size>
using System.Globalization;
using HrKit.Points.Ledger;
using NodaTime;

if (args.Length != 3)
{
    Console.Error.WriteLine("usage: HrKit.Points.CrashProbe <ledger.db> <run-id> <batch-size>");
    return 2;
}

var runId = args[1];
var batchSize = int.Parse(args[2], CultureInfo.InvariantCulture);
var at = Instant.FromUtc(2025, 6, 2, 9, 0);
await using var store = PointsLedgerStores.Sqlite(args[0], SystemClock.Instance);
await store.InitializeAsync();
Console.Out.Flush();
for (var batch = 0; ; batch++)
{
    var requests = new PostingRequest[batchSize];
    for (var i = 0; i < batchSize; i++)
    {
        var source = CrashProbeIds.Source(runId, batch, i);
        requests[i] = new PostingRequest(source, source + "/CheckIn", CrashProbeIds.Employee(i), "general", 1, at);
    }

    await store.AppendAsync(requests);
    Console.WriteLine($"committed {batch}");
    Console.Out.Flush();
}

/// <summary>Ids the probe writes; the test parses them back.</summary>
internal static class CrashProbeIds
{
    public static string Source(string runId, int batch, int index) => $"{runId}/b{batch}/{index}";

    public static string Employee(int index) => $"E{index % 50:D2}";
}
