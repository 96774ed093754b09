using HrKit.Points.Engine;
using HrKit.Points.Ledger;
using HrKit.Points.Policies;
using NodaTime;

namespace HrKit.Points.Tests.Engine;

/// <summary>Issue 14: a budget's period is the local day or month of the event in the policy time zone, as instants.</summary>
public sealed class BudgetPeriodsTests
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    [Fact]
    public void For_DailyBudgetInShanghai_LocalMidnightToMidnight()
    {
        var period = BudgetPeriods.For(new RuleBudget(CapPeriod.Day, 10), new LocalDate(2025, 6, 2), Shanghai);

        // UTC+8: local midnight is 16:00 UTC the day before.
        Assert.Equal(new PostingBudget(Instant.FromUtc(2025, 6, 1, 16, 0), Instant.FromUtc(2025, 6, 2, 16, 0), 10), period);
    }

    [Fact]
    public void For_MonthlyBudgetLastDayOfMonth_WholeLocalMonth()
    {
        var period = BudgetPeriods.For(new RuleBudget(CapPeriod.Month, 500), new LocalDate(2024, 2, 29), Shanghai);

        Assert.Equal(new PostingBudget(Instant.FromUtc(2024, 1, 31, 16, 0), Instant.FromUtc(2024, 2, 29, 16, 0), 500), period);
    }

    [Fact]
    public void For_DayWhoseMidnightAClockChangeSkips_StartsAtTheFirstInstantThatExists()
    {
        // São Paulo moved its clocks from 00:00 to 01:00 (UTC-3 to UTC-2) on 2018-11-04: that day starts at 01:00
        // local = 03:00 UTC and lasts 23 hours, to 00:00 UTC-2 on the 5th = 02:00 UTC.
        var saoPaulo = DateTimeZoneProviders.Tzdb["America/Sao_Paulo"];

        var period = BudgetPeriods.For(new RuleBudget(CapPeriod.Day, 1), new LocalDate(2018, 11, 4), saoPaulo);

        Assert.Equal((Instant.FromUtc(2018, 11, 4, 3, 0), Instant.FromUtc(2018, 11, 5, 2, 0)), (period.PeriodStart, period.PeriodEnd));
    }
}
