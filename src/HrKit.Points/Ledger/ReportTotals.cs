namespace HrKit.Points.Ledger;

/// <summary>A report's aggregates as the ledger computes them (SQL GROUP BY on the databases).</summary>
/// <param name="ActiveEmployees">Distinct employees with an award.</param>
/// <param name="Rules">Net earning per rule and category, with the number of award postings.</param>
/// <param name="CheckIns">Check-in events per employee (distinct source and employee pairs) per 15-minute bucket (its start in Unix ticks), for local hours in any zone.</param>
/// <param name="Redemptions">Standing redemptions per item, with distinct employees.</param>
internal sealed record ReportTotals(
    int ActiveEmployees,
    IReadOnlyList<(string? RuleName, string Category, long Points, int Awards)> Rules,
    IReadOnlyList<(long BucketTicks, int Count)> CheckIns,
    IReadOnlyList<(string? ItemId, int Count, int Employees)> Redemptions)
{
    /// <summary>Check-ins are counted per quarter hour: every time zone in use today is a whole number of quarter hours from UTC.</summary>
    public const long BucketTicks = 15 * NodaTime.NodaConstants.TicksPerMinute;

    /// <summary>The start of the bucket holding <paramref name="ticks"/> (Unix ticks; rounded down, also before 1970).</summary>
    public static long BucketStart(long ticks) => ticks - (((ticks % BucketTicks) + BucketTicks) % BucketTicks);
}
