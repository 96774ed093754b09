using Microsoft.Extensions.Options;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HrKit.Points.Engine;
using HrKit.Points.Ledger;
using HrKit.Points.Model;
using HrKit.Points.Policies;
using HrKit.Points.Tests.Support;
using TestData = HrKit.Points.Tests.Support.TestData;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Points.Tests.Engine;

/// <summary>
/// Issue 10: any batch of events, under rules that divide, overflow, cut strings and award at the bounds, ends in a
/// result — every event recorded, skipped as a duplicate or rejected with a reason — and never in an exception.
/// </summary>
public sealed class PointsServicePropertyTests
{
    // Each rule can fail for some event: division by zero, int and decimal overflow, Substring past the end,
    // Math.Abs(int.MinValue), results past the posting bound; plus a cap and a penalty to exercise the ledger.
    private static readonly PointsPolicy Fragile = PointsPolicyLoader.Parse("""
        { "WorkflowName": "Fragile", "Rules": [
          { "RuleName": "PerMinute", "Expression": "e.Type == \"trainingCompleted\"", "Properties": { "points": "e.Minutes * 1000000", "category": "learning" } },
          { "RuleName": "Ratio", "Expression": "10 / e.Count > 1", "Properties": { "points": 1 } },
          { "RuleName": "Cut", "Expression": "e.Subject.Substring(3) != \"x\"", "Properties": { "points": 2, "dailyCap": 5 } },
          { "RuleName": "Double", "Expression": "e.Score * 2 > 100", "Properties": { "points": "e.Days - e.Minutes" } },
          { "RuleName": "Abs", "Expression": "e.Type == \"late\"", "Properties": { "points": "-Math.Abs(e.Minutes)" } },
          { "RuleName": "Edge", "Expression": "e.Type == \"checkIn\"", "Properties": { "points": "e.Hour < 12 ? 1000000 : -1000000" } },
          { "RuleName": "Late", "Expression": "e.Type == \"late\"", "Properties": { "points": -5 } } ] }
        """);

    private static readonly string[] Zones = ["Asia/Shanghai", "Pacific/Kiritimati", "Etc/GMT+12", "UTC"];

    private static PointsEvent[] WithIds(PointsEvent[] events) =>
        [.. events.Select((e, i) => e with { EventId = i % 9 == 8 ? "" : $"ev{i % 12}" })]; // some ids repeat, some are missing

    private static bool Holds(PointsService service, PointsEvent[] events)
    {
        var result = service.ProcessBatchAsync(events).GetAwaiter().GetResult();
        var rejected = result.Rejected.Select(r => r.Index).ToHashSet();
        var employees = result.Posted.Select(p => p.EmployeeId).Distinct();
        return rejected.Count == result.Rejected.Count
            && result.Rejected.All(r => r.Reason.Length > 0 && r.Index >= 0 && r.Index < events.Length)
            && result.Posted.All(p => PointsBounds.IsPostingAmount(p.Points))
            && employees.All(e => service.GetBalancesAsync(e).GetAwaiter().GetResult().All(b => b.Points >= 0));
    }

    [Property(MaxTest = 200)]
    public Property ProcessBatchAsync_AnyEventsUnderFragileRules_ResultWithinBounds() => Prop.ForAll(
        HostileGen.Events().ToArbitrary(),
        Gen.Elements(Zones).ToArbitrary(),
        (events, zone) =>
        {
            var options = new PointsOptions { TimeZoneId = zone, ExpireAfter = PointsBounds.MaxExpireAfter };
            var service = new PointsService(new StaticPointsPolicySource(Fragile), PointsLedgerStores.InMemory(new FakeClock(TestData.Monday9am)), Options.Create(options));
            return Holds(service, WithIds(events));
        });

    [Property(MaxTest = 150)]
    public Property ProcessBatchAsync_AnyEventsUnderAnyLoadablePolicy_ResultWithinBounds() => Prop.ForAll(
        HostileGen.PolicyJson().ToArbitrary(),
        HostileGen.Events().ToArbitrary(),
        (json, events) =>
        {
            PointsPolicy policy;
            try
            {
                policy = PointsPolicyLoader.Parse(json);
            }
            catch (PointsPolicyException)
            {
                return true; // covered by PolicyPropertyTests
            }

            var service = new PointsService(new StaticPointsPolicySource(policy), PointsLedgerStores.InMemory(new FakeClock(TestData.Monday9am)), Options.Create(new PointsOptions()));
            return Holds(service, WithIds(events));
        });

    [Fact]
    public async Task ProcessBatchAsync_FragileRulesOnHandPickedEvents_RejectsExactlyTheFailingOnes()
    {
        var service = new PointsService(new StaticPointsPolicySource(Fragile), PointsLedgerStores.InMemory(new FakeClock(TestData.Monday9am)), Options.Create(new PointsOptions()));
        var at = Instant.FromUtc(2025, 6, 2, 1, 0); // 09:00 in Shanghai
        PointsEvent[] events =
        [
            new("ok", "E1", "checkIn", at) { Count = 5, Subject = "abcd" },                 // Ratio 1, Cut 2, Edge 1,000,000
            new("zero", "E1", "other", at) { Count = 0, Subject = "abcd" },                // Ratio divides by zero
            new("short", "E1", "other", at) { Count = 5, Subject = "ab" },                 // Cut: Substring(3) of "ab"
            new("abs", "E1", "late", at) { Count = 5, Subject = "abcd", Minutes = int.MinValue }, // Math.Abs(int.MinValue)
            new("big", "E1", "trainingCompleted", at) { Count = 5, Subject = "abcd", Minutes = 3_000 }, // 3 × 10^9 overflows int
            new("dec", "E1", "other", at) { Count = 5, Subject = "abcd", Score = decimal.MaxValue }, // decimal overflow
        ];

        var result = await service.ProcessBatchAsync(events);

        Assert.Equal(
            ["zero:Ratio:Expression", "short:Cut:Expression", "abs:Abs:Properties.points", "big:PerMinute:Properties.points", "dec:Double:Expression"],
            result.Rejected.Select(r => $"{r.EventId}:{r.RuleName}:{r.Field}"));
        Assert.Equal([1L, 2, 1_000_000], result.Posted.Select(p => p.Points));
    }
}
