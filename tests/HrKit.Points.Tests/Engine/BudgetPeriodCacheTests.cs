using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HrKit.Points.Engine;
using HrKit.Points.Ledger;
using HrKit.Points.Policies;
using NodaTime;

namespace HrKit.Points.Tests.Engine;

/// <summary>Issue 14: a batch's remembered budget periods are the periods of each event's own date, limit included.</summary>
public sealed class BudgetPeriodCacheTests
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    [Fact]
    public void For_DatesThatRepeatAndChange_EachEventGetsItsOwnDayAndMonth()
    {
        var cache = new BudgetPeriodCache(Shanghai);
        var day = new RuleBudget(CapPeriod.Day, 10);
        var otherDayRule = new RuleBudget(CapPeriod.Day, 20);
        var month = new RuleBudget(CapPeriod.Month, 500);

        // UTC+8 all year: a local day starts at 16:00 UTC on the day before.
        Assert.Equal(new PostingBudget(Instant.FromUtc(2025, 6, 1, 16, 0), Instant.FromUtc(2025, 6, 2, 16, 0), 10), cache.For(day, new LocalDate(2025, 6, 2)));
        Assert.Equal(new PostingBudget(Instant.FromUtc(2025, 6, 1, 16, 0), Instant.FromUtc(2025, 6, 2, 16, 0), 20), cache.For(otherDayRule, new LocalDate(2025, 6, 2)));
        Assert.Equal(new PostingBudget(Instant.FromUtc(2025, 6, 2, 16, 0), Instant.FromUtc(2025, 6, 3, 16, 0), 10), cache.For(day, new LocalDate(2025, 6, 3)));
        Assert.Equal(new PostingBudget(Instant.FromUtc(2025, 5, 31, 16, 0), Instant.FromUtc(2025, 6, 30, 16, 0), 500), cache.For(month, new LocalDate(2025, 6, 3)));
        Assert.Equal(new PostingBudget(Instant.FromUtc(2025, 5, 31, 16, 0), Instant.FromUtc(2025, 6, 30, 16, 0), 500), cache.For(month, new LocalDate(2025, 6, 30)));
        Assert.Equal(new PostingBudget(Instant.FromUtc(2025, 6, 30, 16, 0), Instant.FromUtc(2025, 7, 31, 16, 0), 500), cache.For(month, new LocalDate(2025, 7, 1)));
        // The same day of another year is another month.
        Assert.Equal(new PostingBudget(Instant.FromUtc(2026, 6, 30, 16, 0), Instant.FromUtc(2026, 7, 31, 16, 0), 500), cache.For(month, new LocalDate(2026, 7, 1)));
        Assert.Equal(new PostingBudget(Instant.FromUtc(2025, 6, 1, 16, 0), Instant.FromUtc(2025, 6, 2, 16, 0), 10), cache.For(day, new LocalDate(2025, 6, 2)));
    }

    [Property(MaxTest = 300)]
    public Property For_AnySequenceOfEvents_EqualsThePeriodOfEachDate()
    {
        var zones = new[] { "Asia/Shanghai", "America/Sao_Paulo", "Europe/London", "Pacific/Apia" };
        var budget = Gen.Elements(new RuleBudget(CapPeriod.Day, 7), new RuleBudget(CapPeriod.Month, 900), new RuleBudget(CapPeriod.Day, 1));
        // Dates clustered in a few months so that repeats, day changes and month changes all occur.
        var date = Gen.Choose(0, 120).Select(offset => new LocalDate(2018, 10, 1).PlusDays(offset));
        var events = Gen.Zip(budget, date).ListOf();
        return Prop.ForAll(Gen.Elements(zones).ToArbitrary(), events.ToArbitrary(), (zoneId, sequence) =>
        {
            var zone = DateTimeZoneProviders.Tzdb[zoneId];
            var cache = new BudgetPeriodCache(zone);
            return sequence.All(e => cache.For(e.Item1, e.Item2) == BudgetPeriods.For(e.Item1, e.Item2, zone));
        });
    }
}
