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
// Summaries: appends batches of awards (two rules per event, check-ins and courses, spread over May to July 2025), then
// a redemption and reversals, each its own transaction, forever, printing "committed <batch>" after each round, so a
// test can kill it while the report summaries of schema version 5 are being written and compare them with the postings.
//   Usage: HrKit.Points.CrashProbe summaries sqlite|postgresql <ledger.db|connection string> <run-id> <batch-size, a multiple of 40>
// Upgrade: opens a ledger of an older schema version, printing "upgrading" before InitializeAsync and
// "upgraded <ms>" after it, so a test can kill it in the middle of the in-place upgrade.
//   Usage: HrKit.Points.CrashProbe upgrade sqlite|postgresql <ledger.db|connection string>
using System.Diagnostics;
using System.Globalization;
using HrKit.Points.Catalog;
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

if (args is ["summaries", var backend, var target, var summaryRun, var size])
{
    var clock = new SettableClock();
    await using var summaryStore = CrashProbeStores.Open(backend, target, clock);
    await summaryStore.InitializeAsync();
    await summaryStore.SaveItemAsync(new CatalogItem("pen", "Pen", CatalogItemKind.Welfare, 1));
    var perBatch = int.Parse(size, CultureInfo.InvariantCulture);
    var from = Instant.FromUtc(2025, 5, 28, 0, 0);
    for (var batch = 0; ; batch++)
    {
        var requests = new PostingRequest[perBatch];
        for (var i = 0; i < perBatch; i++)
        {
            // Two postings per event, for two employees and two rules; times step 7 919 minutes through 40 days.
            var k = ((long)batch * perBatch) + i;
            var (source, rule, employee) = ($"{summaryRun}/b{batch}/{i / 2}", i % 2 == 0 ? "r" : "bonus", $"E{k % 40:D2}");
            requests[i] = new PostingRequest(source, $"{source}/{rule}/{employee}", employee, i % 5 == 0 ? "learning" : "general", 1 + (k % 4), from + Duration.FromMinutes(k * 7919 % (40 * 24 * 60)))
            {
                RuleName = rule,
                EventType = i % 3 == 0 ? "course" : "checkIn",
            };
        }

        var appended = await summaryStore.AppendAsync(requests);
        // Redemptions and reversals carry the clock's time: June, moving on a minute a batch.
        clock.Now = Instant.FromUtc(2025, 6, 10, 0, 0) + Duration.FromMinutes(batch);
        // E01 earns general points in every batch of a multiple of 40 (E00 learning ones), so it can always pay.
        var redeemed = await summaryStore.RedeemAsync(new RedemptionRequest($"{summaryRun}/red{batch}", "E01", "pen"));
        await summaryStore.ReverseAsync(appended.Posted[0].Id);
        if (batch % 2 == 0)
        {
            await summaryStore.ReverseAsync(redeemed.Id);
        }

        Console.WriteLine($"committed {batch}");
        Console.Out.Flush();
    }
}

if (args is ["upgrade", var upgradeBackend, var upgradeTarget])
{
    await using var oldStore = CrashProbeStores.Open(upgradeBackend, upgradeTarget, SystemClock.Instance);
    Console.WriteLine("upgrading");
    Console.Out.Flush();
    var watch = Stopwatch.StartNew();
    await oldStore.InitializeAsync();
    Console.WriteLine($"upgraded {watch.ElapsedMilliseconds}");
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

/// <summary>The stores the probe can drive.</summary>
internal static class CrashProbeStores
{
    public static IPointsLedgerStore Open(string backend, string target, IClock clock) => backend switch
    {
        "sqlite" => SqlitePointsLedgerStore.Create(target, clock),
        "postgresql" => PostgreSqlPointsLedgerStore.Create(target, clock),
        _ => throw new ArgumentException($"unknown backend '{backend}': use sqlite or postgresql", nameof(backend)),
    };
}

/// <summary>A clock the probe sets, so that redemptions fall inside the reported months.</summary>
internal sealed class SettableClock : IClock
{
    public Instant Now { get; set; } = Instant.FromUtc(2025, 6, 10, 0, 0);

    public Instant GetCurrentInstant() => Now;
}
