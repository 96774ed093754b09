using NodaTime;

namespace HrKit.Integration.Vendors;

/// <summary>Splits a query into the pieces a vendor accepts: bounded time spans × bounded user batches.</summary>
internal static class RequestSplitter
{
    /// <summary>Consecutive, non-overlapping whole-second windows [start, end] (both inclusive) of at most <paramref name="maxSpan"/>.</summary>
    public static IReadOnlyList<(Instant Start, Instant End)> SplitTime(Instant from, Instant to, Duration maxSpan)
    {
        var windows = new List<(Instant, Instant)>();
        var second = Duration.FromSeconds(1);
        for (var start = from; start <= to; start += maxSpan)
        {
            var end = start + maxSpan - second;
            windows.Add((start, end < to ? end : to));
        }

        return windows;
    }

    /// <summary>Consecutive date ranges [first, last] (both inclusive) of at most <paramref name="maxDays"/> days.</summary>
    public static IReadOnlyList<(LocalDate First, LocalDate Last)> SplitDays(LocalDate from, LocalDate to, int maxDays)
    {
        var ranges = new List<(LocalDate, LocalDate)>();
        for (var first = from; first <= to; first = first.PlusDays(maxDays))
        {
            var last = first.PlusDays(maxDays - 1);
            ranges.Add((first, last < to ? last : to));
        }

        return ranges;
    }

    /// <summary>Every combination of a user batch of at most <paramref name="maxUsers"/> with a range.</summary>
    public static IEnumerable<(IReadOnlyList<string> Users, T Range)> Cross<T>(IEnumerable<string> users, int maxUsers, IReadOnlyList<T> ranges) =>
        from batch in users.Distinct(StringComparer.Ordinal).Chunk(maxUsers)
        from range in ranges
        select ((IReadOnlyList<string>)batch, range);
}
