using HrKit.Points.Localization;
using NodaTime;

namespace HrKit.Points.Ledger;

/// <summary>Aggregates computed by the database (SQL on SQLite and PostgreSQL, the same in memory).</summary>
internal sealed partial class LedgerStore
{
    /// <summary>Most entries a leaderboard returns, and most employees it may be restricted to.</summary>
    internal const int MaxLeaderboardSize = 1_000;

    public async Task<long> GetLifetimeEarnedAsync(string employeeId, string? category = null, CancellationToken cancellationToken = default)
    {
        RequireId(employeeId, nameof(employeeId));
        var s = await BeginAsync(cancellationToken).ConfigureAwait(false);
        await using var scope = s.ConfigureAwait(false);
        var rows = await s.GetAccountsAsync(employeeId, cancellationToken).ConfigureAwait(false);
        return PointsSum.Of(rows.Where(r => category is null || r.Category == category).Select(r => r.Earned));
    }

    public async Task<IReadOnlyList<LeaderboardEntry>> GetLeaderboardAsync(LeaderboardQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Top is < 1 or > MaxLeaderboardSize || !query.Period.HasStart || !query.Period.HasEnd || query.Period.Start >= query.Period.End || query.EmployeeIds is { Count: > LeaderboardQuery.MaxEmployees })
        {
            throw new PointsInputException(PointsText.Of("Input.Leaderboard", MaxLeaderboardSize, LeaderboardQuery.MaxEmployees), new HrKitErrorTarget(Field: "query"));
        }

        var s = await BeginAsync(cancellationToken).ConfigureAwait(false);
        await using var scope = s.ConfigureAwait(false);
        var rows = await s.LeaderboardAsync(query.Period.Start, query.Period.End, query.Category, query.EmployeeIds, query.Top, cancellationToken).ConfigureAwait(false);
        // Standard competition ranking: equal points share a rank, and the next rank skips (1, 1, 3).
        var entries = new List<LeaderboardEntry>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var rank = i > 0 && rows[i].Points == rows[i - 1].Points ? entries[i - 1].Rank : i + 1;
            entries.Add(new LeaderboardEntry(rank, rows[i].EmployeeId, rows[i].Points));
        }

        return entries;
    }

    public async Task<IReadOnlyList<Instant>> GetActivityAsync(string employeeId, string eventType, Interval period, CancellationToken cancellationToken = default)
    {
        RequireId(employeeId, nameof(employeeId));
        RequireId(eventType, nameof(eventType));
        var s = await BeginAsync(cancellationToken).ConfigureAwait(false);
        await using var scope = s.ConfigureAwait(false);
        return await s.ActivityAsync(employeeId, eventType, period.HasStart ? period.Start : Instant.MinValue, period.HasEnd ? period.End : Instant.MaxValue, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A report's aggregates over postings that occurred in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    internal async Task<ReportTotals> GetReportTotalsAsync(Instant from, Instant to, string checkInEventType, CancellationToken ct)
    {
        var s = await BeginAsync(ct).ConfigureAwait(false);
        await using var scope = s.ConfigureAwait(false);
        return await s.ReportTotalsAsync(from, to, checkInEventType, ct).ConfigureAwait(false);
    }
}
