// Three probes run as child processes of HrKit.Points.Tests, where a crash must not take the test host with it.
// Ledger: appends numbered batches to a SQLite points ledger forever, printing "committed <batch>" after each
// AppendAsync returns, so a test can kill this process at an arbitrary moment and check what survived.
//   Usage: HrKit.Points.CrashProbe <ledger.db> <run-id> <batch-size>
// Policy: loads a policy file on the main thread and again on a thread-pool thread (where a hot reload runs) with the
// expression length limit raised to its ceiling, printing "ok" (exit 0) or "rejected: <first error>" (exit 1). A
// stack overflow would end the process with a runtime abort instead.
//   Usage: HrKit.Points.CrashProbe policy <policy.json>
// Budget: appends batches of awards against one rule budget, for a test that runs two of these at once and checks the
// budget is never overspent across processes; prints "awarded <points>".
//   Usage: HrKit.Points.CrashProbe budget <ledger.db> <writer-id> <batches> <budget>
using System.Globalization;
using HrKit.Points.Ledger;
using HrKit.Points.Policies;
using NodaTime;

if (args is ["policy", var policyPath])
{
    var limits = new PointsPolicyLimits { MaxExpressionLength = 1_000_000, MaxPolicyBytes = 8 << 20 };
    string Load()
    {
        try
        {
            PointsPolicyLoader.LoadFile(policyPath, limits);
            return "ok";
        }
        catch (PointsPolicyException ex)
        {
            return "rejected: " + ex.Errors[0];
        }
    }

    var onMain = Load();
    var onPool = await Task.Run(Load);
    Console.WriteLine(onMain == onPool ? onMain : $"main and pool threads differ: {onMain} | {onPool}");
    return onMain == "ok" ? 0 : 1;
}

if (args is ["budget", var ledger, var writer, var batches, var limit])
{
    // Appends <batches> batches of ten 3-point awards to one rule with a daily budget of <limit>, racing other writers.
    var day = (Start: Instant.FromUtc(2025, 6, 1, 16, 0), End: Instant.FromUtc(2025, 6, 2, 16, 0));
    await using var budgeted = SqlitePointsLedgerStore.Create(ledger, SystemClock.Instance);
    long awarded = 0;
    for (var batch = 0; batch < int.Parse(batches, CultureInfo.InvariantCulture); batch++)
    {
        var requests = Enumerable.Range(0, 10).Select(i => new PostingRequest($"{writer}/{batch}/{i}", $"{writer}/{batch}/{i}/Share", $"E{i}", "general", 3, day.Start + Duration.FromHours(1))
        {
            RuleName = "Share",
            Budget = new PostingBudget(day.Start, day.End, long.Parse(limit, CultureInfo.InvariantCulture)),
        }).ToList();
        awarded += (await budgeted.AppendAsync(requests)).Posted.Sum(p => p.Points);
    }

    Console.WriteLine($"awarded {awarded}");
    return 0;
}

if (args.Length != 3)
{
    Console.Error.WriteLine("usage: HrKit.Points.CrashProbe <ledger.db> <run-id> <batch-size>");
    return 2;
}

var runId = args[1];
var batchSize = int.Parse(args[2], CultureInfo.InvariantCulture);
var at = Instant.FromUtc(2025, 6, 2, 9, 0);
await using var store = SqlitePointsLedgerStore.Create(args[0], SystemClock.Instance);
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
