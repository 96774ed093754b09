using HrKit.Points.Model;
using NodaTime;

namespace HrKit.Points.Ledger.Sql;

/// <summary>
/// What a batch of postings adds to the report summaries (see <see cref="LedgerSchema"/>, version 5), one row per
/// summary key, sorted by key so that concurrent sessions lock summary rows in the same order and cannot deadlock.
/// </summary>
/// <param name="Rules">Per bucket, rule ('' for none) and category: net points of awards and rule reversals, and awards.</param>
/// <param name="CheckIns">Per event type and bucket: (source, employee) pairs of awards not counted before in the session.</param>
/// <param name="Employees">Per UTC month and employee: the first and last award.</param>
/// <param name="Redemptions">Per bucket, item ('' for none) and employee: redemptions less reversals of redemptions.</param>
internal sealed record ReportSummaryRows(
    IReadOnlyList<(long Bucket, string Rule, string Category, long Points, long Awards)> Rules,
    IReadOnlyList<(string EventType, long Bucket, long CheckIns)> CheckIns,
    IReadOnlyList<(long Month, string EmployeeId, long First, long Last)> Employees,
    IReadOnlyList<(long Bucket, string ItemId, string EmployeeId, long Redemptions)> Redemptions)
{
    /// <summary>The summary rows of <paramref name="postings"/>.</summary>
    /// <param name="postings">Postings just written.</param>
    /// <param name="countedCheckIns">
    /// The (source, employee) pairs the session has already counted: a batch may write one source's awards in two
    /// statements (a penalty writes what is pending first), and the pair must count once.
    /// </param>
    public static ReportSummaryRows Collect(IReadOnlyList<Posting> postings, HashSet<(string SourceId, string EmployeeId)> countedCheckIns)
    {
        var rules = new SortedDictionary<(long, string, string), (long Points, long Awards)>(Comparer<(long, string, string)>.Create((a, b) =>
            a.Item1.CompareTo(b.Item1) is var c and not 0 ? c : string.CompareOrdinal(a.Item2, b.Item2) is var d and not 0 ? d : string.CompareOrdinal(a.Item3, b.Item3)));
        var checkIns = new SortedDictionary<(string, long), long>(Comparer<(string, long)>.Create((a, b) =>
            string.CompareOrdinal(a.Item1, b.Item1) is var c and not 0 ? c : a.Item2.CompareTo(b.Item2)));
        var employees = new SortedDictionary<(long, string), (long First, long Last)>(Comparer<(long, string)>.Create((a, b) =>
            a.Item1.CompareTo(b.Item1) is var c and not 0 ? c : string.CompareOrdinal(a.Item2, b.Item2)));
        var redemptions = new SortedDictionary<(long, string, string), long>(Comparer<(long, string, string)>.Create((a, b) =>
            a.Item1.CompareTo(b.Item1) is var c and not 0 ? c : string.CompareOrdinal(a.Item2, b.Item2) is var d and not 0 ? d : string.CompareOrdinal(a.Item3, b.Item3)));
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

            var month = (MonthStart(p.OccurredAt), p.EmployeeId);
            employees[month] = employees.TryGetValue(month, out var seen) ? (Math.Min(seen.First, at), Math.Max(seen.Last, at)) : (at, at);
        }

        return new(
            [.. rules.Select(r => (r.Key.Item1, r.Key.Item2, r.Key.Item3, r.Value.Points, r.Value.Awards))],
            [.. checkIns.Select(c => (c.Key.Item1, c.Key.Item2, c.Value))],
            [.. employees.Select(e => (e.Key.Item1, e.Key.Item2, e.Value.First, e.Value.Last))],
            [.. redemptions.Select(r => (r.Key.Item1, r.Key.Item2, r.Key.Item3, r.Value))]);
    }

    /// <summary>The start of the UTC calendar month holding <paramref name="instant"/>, in Unix ticks.</summary>
    public static long MonthStart(Instant instant)
    {
        var date = instant.InUtc().Date;
        return new LocalDate(date.Year, date.Month, 1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant().ToUnixTimeTicks();
    }
}
