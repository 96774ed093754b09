namespace HrKit.Points.Ledger.Sql;

/// <summary>
/// Version 5: the report summaries, kept by every append in the same transaction as the postings, so that a month's
/// report reads thousands of summary rows instead of scanning millions of postings. Each is a GROUP BY over the postings
/// (which are never updated or deleted) that a batch can add to:
/// <list type="bullet">
/// <item><c>points_report_rules</c>: per 15-minute bucket (UTC), rule and category, the net points of awards and their
/// reversals and the number of awards;</item>
/// <item><c>points_report_check_ins</c>: per 15-minute bucket and event type, the distinct (source, employee) pairs of
/// awards, i.e. events per employee; a pair is never recorded twice, so the counts add up;</item>
/// <item><c>points_report_employees</c>: per UTC calendar month and employee, the first and last award, from which the
/// employees active in any period that does not lie strictly inside one month are counted exactly;</item>
/// <item><c>points_report_redemptions</c>: per 15-minute bucket, item and employee, the redemptions still standing
/// (+1 for a redemption, −1 for its reversal, which always carries the redemption's time and item).</item>
/// </list>
/// Every local midnight of a zone whose offset is a whole number of quarter hours is a bucket boundary.
/// </summary>
internal static partial class LedgerSchema
{
    /// <summary>The bucket start of an instant in Unix ticks, as SQL (floor, also before 1970).</summary>
    public static readonly string BucketStart =
        $"occurred_at - (((occurred_at % {ReportTotals.BucketTicks}) + {ReportTotals.BucketTicks}) % {ReportTotals.BucketTicks})";

    private static IEnumerable<string> UpgradeToReportSummaries(SchemaDialect d)
    {
        yield return """
            CREATE TABLE points_report_rules (
                tenant_id TEXT NOT NULL,
                bucket_start BIGINT NOT NULL,
                rule_name TEXT NOT NULL,
                category TEXT NOT NULL,
                points BIGINT NOT NULL,
                awards BIGINT NOT NULL,
                PRIMARY KEY (tenant_id, bucket_start, rule_name, category))
            """;
        yield return """
            CREATE TABLE points_report_check_ins (
                tenant_id TEXT NOT NULL,
                event_type TEXT NOT NULL,
                bucket_start BIGINT NOT NULL,
                check_ins BIGINT NOT NULL,
                PRIMARY KEY (tenant_id, event_type, bucket_start))
            """;
        yield return """
            CREATE TABLE points_report_employees (
                tenant_id TEXT NOT NULL,
                month_start BIGINT NOT NULL,
                employee_id TEXT NOT NULL,
                first_award BIGINT NOT NULL,
                last_award BIGINT NOT NULL,
                PRIMARY KEY (tenant_id, month_start, employee_id))
            """;
        yield return """
            CREATE TABLE points_report_redemptions (
                tenant_id TEXT NOT NULL,
                bucket_start BIGINT NOT NULL,
                item_id TEXT NOT NULL,
                employee_id TEXT NOT NULL,
                redemptions BIGINT NOT NULL,
                PRIMARY KEY (tenant_id, bucket_start, item_id, employee_id))
            """;
        foreach (var statement in d.OwnerBoundByTenantPolicy("points_postings", false).Concat(BackfillReportSummaries(d)).Concat(d.OwnerBoundByTenantPolicy("points_postings", true)))
        {
            yield return statement;
        }

        foreach (var table in new[] { "points_report_rules", "points_report_check_ins", "points_report_employees", "points_report_redemptions" })
        {
            foreach (var statement in d.TenantPolicy(table))
            {
                yield return statement;
            }
        }
    }

    /// <summary>
    /// Fills the empty summary tables from every tenant's postings (the upgrade, and the report benchmark after it
    /// generates postings in SQL). A rule name is never empty, so an award without one is summed under ''.
    /// </summary>
    internal static IEnumerable<string> BackfillReportSummaries(SchemaDialect d)
    {
        yield return $"""
            INSERT INTO points_report_rules (tenant_id, bucket_start, rule_name, category, points, awards)
            SELECT tenant_id, {BucketStart}, COALESCE(rule_name, ''), category, {d.ClampedSum("points")}, SUM(CASE WHEN kind = 0 THEN 1 ELSE 0 END)
            FROM points_postings WHERE kind = 0 OR (kind = 2 AND rule_name IS NOT NULL)
            GROUP BY 1, 2, 3, 4
            """;
        yield return $"""
            INSERT INTO points_report_check_ins (tenant_id, event_type, bucket_start, check_ins)
            SELECT tenant_id, event_type, bucket_start, COUNT(*) FROM (
                SELECT DISTINCT tenant_id, event_type, {BucketStart} AS bucket_start, source_id, employee_id
                FROM points_postings WHERE kind = 0 AND event_type IS NOT NULL) AS s
            GROUP BY tenant_id, event_type, bucket_start
            """;
        yield return $"""
            INSERT INTO points_report_employees (tenant_id, month_start, employee_id, first_award, last_award)
            SELECT tenant_id, {d.MonthStart("occurred_at")}, employee_id, MIN(occurred_at), MAX(occurred_at)
            FROM points_postings WHERE kind = 0
            GROUP BY 1, 2, 3
            """;
        yield return $"""
            INSERT INTO points_report_redemptions (tenant_id, bucket_start, item_id, employee_id, redemptions)
            SELECT tenant_id, {BucketStart}, COALESCE(item_id, ''), employee_id, SUM(CASE WHEN kind = 1 THEN 1 ELSE -1 END)
            FROM points_postings WHERE kind = 1 OR (kind = 2 AND item_id IS NOT NULL)
            GROUP BY 1, 2, 3, 4
            """;
    }
}
