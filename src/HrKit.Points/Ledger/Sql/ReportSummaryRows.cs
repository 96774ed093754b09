using HrKit.Points.Model;
using NodaTime;

namespace HrKit.Points.Ledger.Sql;

/// <summary>
/// What a batch of postings adds to the report summaries (see <see cref="LedgerSchema"/>, version 5), one row per
/// summary key. The rules, check-ins and redemptions are sorted by key so that concurrent sessions lock summary rows in
/// the same order and cannot deadlock; the employee months are not, because most of them are dropped before they are
/// written (see <c>SqlLedgerSession.MovedEmployeeMonths</c>), which sorts what is left with <see cref="ByMonthAndEmployee"/>.
/// </summary>
/// <param name="Rules">Per bucket, rule ('' for none) and category: net points of awards and rule reversals, and awards.</param>
/// <param name="CheckIns">Per event type and bucket: (source, employee) pairs of awards not counted before in the session.</param>
/// <param name="Employees">Per UTC month and employee: the first and last award, in no particular order.</param>
/// <param name="Redemptions">Per bucket, item ('' for none) and employee: redemptions less reversals of redemptions.</param>
internal sealed record ReportSummaryRows(
    IReadOnlyList<(long Bucket, string Rule, string Category, long Points, long Awards)> Rules,
    IReadOnlyList<(string EventType, long Bucket, long CheckIns)> CheckIns,
    IReadOnlyList<(long Month, string EmployeeId, long First, long Last)> Employees,
    IReadOnlyList<(long Bucket, string ItemId, string EmployeeId, long Redemptions)> Redemptions)
{
    /// <summary>Employee month rows in key order (month, then employee id, ordinal).</summary>
    public static readonly Comparison<(long Month, string EmployeeId, long First, long Last)> ByMonthAndEmployee = (a, b) =>
        a.Month.CompareTo(b.Month) is var c and not 0 ? c : string.CompareOrdinal(a.EmployeeId, b.EmployeeId);

    /// <summary>The summary rows of <paramref name="postings"/>.</summary>
    /// <param name="postings">Postings just written.</param>
    /// <param name="countedCheckIns">
    /// The (source, employee) pairs the session has already counted: a batch may write one source's awards in two
    /// statements (a penalty writes what is pending first), and the pair must count once.
    /// </param>
    public static ReportSummaryRows Collect(IReadOnlyList<Posting> postings, HashSet<(string SourceId, string EmployeeId)> countedCheckIns)
    {
        // Hash tables while collecting, sorted once at the end: a batch of 1 000 awards has a handful of rule and
        // check-in keys but up to 1 000 employee months, which a sorted dictionary kept in order at every insert.
        var rules = new Dictionary<(long, string, string), (long Points, long Awards)>();
        var checkIns = new Dictionary<(string, long), long>();
        var employees = new Dictionary<(long, string), (long First, long Last)>(postings.Count);
        var redemptions = new Dictionary<(long, string, string), long>();
        var month = (Start: long.MaxValue, End: long.MinValue);
        foreach (var p in postings)
        {
            var at = p.OccurredAt.ToUnixTimeTicks();
            // A reversal carries the time and item of what it reverses; only a redemption's has an item.
            if (p.Kind == PostingKind.Redemption || (p.Kind == PostingKind.Reversal && p.ItemId is not null))
            {
                var key = (ReportTotals.BucketStart(at), p.ItemId ?? "", p.EmployeeId);
                redemptions[key] = redemptions.GetValueOrDefault(key) + (p.Kind == PostingKind.Redemption ? 1 : -1);
            }

            if (p.Kind == PostingKind.Award || (p.Kind == PostingKind.Reversal && p.RuleName is not null))
            {
                var key = (ReportTotals.BucketStart(at), p.RuleName ?? "", p.Category);
                var (points, awards) = rules.GetValueOrDefault(key);
                rules[key] = (PointsSum.Add(points, p.Points), p.Kind == PostingKind.Award ? awards + 1 : awards);
            }

            if (p.Kind != PostingKind.Award)
            {
                continue;
            }

            if (p.EventType is not null && countedCheckIns.Add((p.SourceId, p.EmployeeId)))
            {
                var key = (p.EventType, ReportTotals.BucketStart(at));
                checkIns[key] = checkIns.GetValueOrDefault(key) + 1;
            }

            // Awards of a batch mostly fall in one month: its bounds are computed once, not per posting.
            if (at < month.Start || at >= month.End)
            {
                month = MonthOf(p.OccurredAt);
            }

            var employeeMonth = (month.Start, p.EmployeeId);
            employees[employeeMonth] = employees.TryGetValue(employeeMonth, out var seen) ? (Math.Min(seen.First, at), Math.Max(seen.Last, at)) : (at, at);
        }

        return new(
            [.. rules.Select(r => (r.Key.Item1, r.Key.Item2, r.Key.Item3, r.Value.Points, r.Value.Awards))
                .Order(Comparer<(long Bucket, string Rule, string Category, long, long)>.Create((a, b) =>
                    a.Bucket.CompareTo(b.Bucket) is var c and not 0 ? c : string.CompareOrdinal(a.Rule, b.Rule) is var d and not 0 ? d : string.CompareOrdinal(a.Category, b.Category)))],
            [.. checkIns.Select(c => (c.Key.Item1, c.Key.Item2, c.Value))
                .Order(Comparer<(string EventType, long Bucket, long)>.Create((a, b) =>
                    string.CompareOrdinal(a.EventType, b.EventType) is var c and not 0 ? c : a.Bucket.CompareTo(b.Bucket)))],
            [.. employees.Select(e => (e.Key.Item1, e.Key.Item2, e.Value.First, e.Value.Last))],
            [.. redemptions.Select(r => (r.Key.Item1, r.Key.Item2, r.Key.Item3, r.Value))
                .Order(Comparer<(long Bucket, string ItemId, string EmployeeId, long)>.Create((a, b) =>
                    a.Bucket.CompareTo(b.Bucket) is var c and not 0 ? c : string.CompareOrdinal(a.ItemId, b.ItemId) is var d and not 0 ? d : string.CompareOrdinal(a.EmployeeId, b.EmployeeId)))]);
    }

    // The UTC calendar month holding an instant, as [start, end) in Unix ticks.
    private static (long Start, long End) MonthOf(Instant instant)
    {
        var date = instant.InUtc().Date;
        var first = new LocalDate(date.Year, date.Month, 1);
        return (first.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant().ToUnixTimeTicks(), first.PlusMonths(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant().ToUnixTimeTicks());
    }

    /// <summary>The start of the UTC calendar month holding <paramref name="instant"/>, in Unix ticks.</summary>
    public static long MonthStart(Instant instant)
    {
        var date = instant.InUtc().Date;
        return new LocalDate(date.Year, date.Month, 1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant().ToUnixTimeTicks();
    }
}
