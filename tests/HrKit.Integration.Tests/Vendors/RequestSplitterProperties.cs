using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HrKit.Integration.Vendors;
using NodaTime;

namespace HrKit.Integration.Tests.Vendors;

public sealed class RequestSplitterProperties
{
    [Property(MaxTest = 200)]
    public bool SplitDays_CoversEveryDayOnceWithinTheLimit(NonNegativeInt startOffset, NonNegativeInt length, PositiveInt maxDays)
    {
        var from = new LocalDate(2026, 1, 1).PlusDays(startOffset.Get % 400);
        var to = from.PlusDays(length.Get % 120);
        var limit = 1 + (maxDays.Get % 31);

        var ranges = RequestSplitter.SplitDays(from, to, limit);

        var days = ranges.SelectMany(r => Enumerable.Range(0, Period.Between(r.First, r.Last, PeriodUnits.Days).Days + 1).Select(r.First.PlusDays)).ToList();
        var expected = Enumerable.Range(0, Period.Between(from, to, PeriodUnits.Days).Days + 1).Select(from.PlusDays);
        return days.SequenceEqual(expected)
            && ranges.All(r => r.First <= r.Last && Period.Between(r.First, r.Last, PeriodUnits.Days).Days < limit);
    }

    [Property(MaxTest = 200)]
    public bool SplitTime_WindowsAreContiguousNonOverlappingAndBounded(NonNegativeInt spanSeconds, PositiveInt maxDays)
    {
        var from = Instant.FromUtc(2026, 9, 30, 16, 0);
        var to = from + Duration.FromSeconds(spanSeconds.Get % (200 * 86400));
        var max = Duration.FromDays(1 + (maxDays.Get % 30));

        var windows = RequestSplitter.SplitTime(from, to, max);

        var contiguous = windows.Zip(windows.Skip(1)).All(p => p.Second.Start == p.First.End + Duration.FromSeconds(1));
        return windows[0].Start == from && windows[^1].End == to && contiguous
            && windows.All(w => w.Start <= w.End && w.End - w.Start < max);
    }

    [Property(MaxTest = 100)]
    public bool Cross_PutsEveryUserInEveryRangeExactlyOnce(PositiveInt userCount, PositiveInt maxUsers)
    {
        var users = Enumerable.Range(0, userCount.Get % 400).Select(i => "u" + i).ToList();
        var ranges = new[] { 1, 2, 3 };
        var limit = 1 + (maxUsers.Get % 100);

        var pieces = RequestSplitter.Cross(users, limit, ranges).ToList();

        var pairs = pieces.SelectMany(p => p.Users.Select(u => (u, p.Range))).ToList();
        return pieces.All(p => p.Users.Count <= limit && p.Users.Count > 0)
            && pairs.Count == users.Count * ranges.Length
            && pairs.Distinct().Count() == pairs.Count;
    }
}
