using System.Buffers;
using System.Text;
using System.Text.Json;
using HrKit.Points.Model;
using NodaTime;

namespace HrKit.Points.Ledger.Sql;

/// <summary>
/// The report summaries (<see cref="LedgerSchema"/>, version 5): every write of postings adds its summary rows in the same
/// transaction, one upsert per summary table whatever the batch's size, and a report reads the summaries instead of
/// scanning the period's postings. The summary statements run after the postings are written, so a session holds the
/// summary rows (which concurrent writers share) only from then until its commit. An employee's month row is written
/// only when the batch moves its first or last award (a no-op update would still write the row, and in PostgreSQL lock it);
/// a row whose committed range this process already knows to hold the batch's awards is not even looked up
/// (<see cref="CommittedReportMonths"/>).
/// </summary>
internal abstract partial class SqlLedgerSession
{
    private static readonly string RulesUpsert =
        $$"""
        INSERT INTO points_report_rules (tenant_id, bucket_start, rule_name, category, points, awards)
        SELECT @tenant, {0:bigint}, {1:text}, {2:text}, {3:bigint}, {4:bigint} FROM {rules} WHERE 1 = 1
        ON CONFLICT (tenant_id, bucket_start, rule_name, category) DO UPDATE SET
            points = {{SaturatingSum("points_report_rules.points", "excluded.points")}}, awards = points_report_rules.awards + excluded.awards
        """;

    private const string CheckInsUpsert =
        """
        INSERT INTO points_report_check_ins (tenant_id, event_type, bucket_start, check_ins)
        SELECT @tenant, {0:text}, {1:bigint}, {2:bigint} FROM {check_ins} WHERE 1 = 1
        ON CONFLICT (tenant_id, event_type, bucket_start) DO UPDATE SET check_ins = points_report_check_ins.check_ins + excluded.check_ins
        """;

    private const string EmployeesUpsert =
        """
        INSERT INTO points_report_employees (tenant_id, month_start, employee_id, first_award, last_award)
        SELECT @tenant, {0:bigint}, {1:text}, {2:bigint}, {3:bigint} FROM {employees} WHERE 1 = 1
        ON CONFLICT (tenant_id, month_start, employee_id) DO UPDATE SET
            first_award = CASE WHEN excluded.first_award < points_report_employees.first_award THEN excluded.first_award ELSE points_report_employees.first_award END,
            last_award = CASE WHEN excluded.last_award > points_report_employees.last_award THEN excluded.last_award ELSE points_report_employees.last_award END
        WHERE excluded.first_award < points_report_employees.first_award OR excluded.last_award > points_report_employees.last_award
        """;

    private const string RedemptionsUpsert =
        """
        INSERT INTO points_report_redemptions (tenant_id, bucket_start, item_id, employee_id, redemptions)
        SELECT @tenant, {0:bigint}, {1:text}, {2:text}, {3:bigint} FROM {redemptions} WHERE 1 = 1
        ON CONFLICT (tenant_id, bucket_start, item_id, employee_id) DO UPDATE SET redemptions = points_report_redemptions.redemptions + excluded.redemptions
        """;

    private readonly HashSet<(string SourceId, string EmployeeId)> _countedCheckIns = [];

    private readonly Dictionary<string, string> _summarySql = new(StringComparer.Ordinal);

    // Month rows this transaction has written or found covered, with a range inside each row's range; published on commit.
    private readonly Dictionary<(long Month, string EmployeeId), (long First, long Last)> _employeeMonths = [];

    /// <summary>A row source over the JSON array of arrays in parameter <paramref name="parameter"/>, one row per element, in a column <c>value</c>.</summary>
    protected abstract string JsonRows(string parameter);

    /// <summary>Element <paramref name="index"/> of the array in column <c>value</c>, as SQL type <paramref name="type"/> (<c>bigint</c> or <c>text</c>).</summary>
    protected abstract string JsonField(int index, string type);

    private async Task AddToReportSummariesAsync(IReadOnlyList<Posting> postings, CancellationToken ct)
    {
        var rows = ReportSummaryRows.Collect(postings, _countedCheckIns);
        var statements = new List<string>(3);
        var args = new List<(string, object?)>(4) { ("tenant", Tenant) };
        if (rows.Rules.Count > 0)
        {
            statements.Add(SummarySql(RulesUpsert, "rules"));
            args.Add(("rules", Json(w => { foreach (var r in rows.Rules) { Row(w, r.Bucket, r.Rule, r.Category, r.Points, r.Awards); } })));
        }

        if (rows.CheckIns.Count > 0)
        {
            statements.Add(SummarySql(CheckInsUpsert, "check_ins"));
            args.Add(("check_ins", Json(w => { foreach (var c in rows.CheckIns) { Row(w, c.EventType, c.Bucket, c.CheckIns); } })));
        }

        var employees = MovedEmployeeMonths(rows.Employees);
        if (employees.Count > 0)
        {
            statements.Add(SummarySql(EmployeesUpsert, "employees"));
            args.Add(("employees", Json(w => { foreach (var e in employees) { Row(w, e.Month, e.EmployeeId, e.First, e.Last); } })));
        }

        if (rows.Redemptions.Count > 0)
        {
            statements.Add(SummarySql(RedemptionsUpsert, "redemptions"));
            args.Add(("redemptions", Json(w => { foreach (var r in rows.Redemptions) { Row(w, r.Bucket, r.ItemId, r.EmployeeId, r.Redemptions); } })));
        }

        if (statements.Count > 0)
        {
            // One command (one round trip) for every summary the batch touches.
            // Each upsert reads a JSON parameter and writes by primary key, so its plan does not depend on the tables' sizes.
            var cmd = Command(string.Join(";\n", statements), [.. args]);
            await PrepareAsync(cmd, ct).ConfigureAwait(false);
            await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }

    // The month rows the batch may move: those whose known range (committed, see CommittedReportMonths, or written
    // earlier in this transaction) does not already hold the batch's awards. Each row's range after the upsert is
    // remembered for the commit.
    private List<(long Month, string EmployeeId, long First, long Last)> MovedEmployeeMonths(IReadOnlyList<(long Month, string EmployeeId, long First, long Last)> rows)
    {
        var moved = new List<(long, string, long, long)>(rows.Count);
        foreach (var row in rows)
        {
            var key = (row.Month, row.EmployeeId);
            if (!_employeeMonths.TryGetValue(key, out var known) && !reportMonths.TryGet(Tenant, row.Month, row.EmployeeId, out known))
            {
                moved.Add(row);
                _employeeMonths[key] = (row.First, row.Last);
                continue;
            }

            if (row.First < known.First || row.Last > known.Last)
            {
                moved.Add(row);
                _employeeMonths[key] = (Math.Min(known.First, row.First), Math.Max(known.Last, row.Last));
            }
        }

        // In key order, so concurrent sessions lock the rows in the same order (see ReportSummaryRows).
        moved.Sort(ReportSummaryRows.ByMonthAndEmployee);
        return moved;
    }

    // The upsert with this database's JSON row source and fields in place of {name} and {index:type}.
    private string SummarySql(string template, string parameter)
    {
        if (!_summarySql.TryGetValue(template, out var sql))
        {
            var text = new StringBuilder(template).Replace("{" + parameter + "}", JsonRows(parameter));
            for (var i = 0; i < 5; i++)
            {
                text.Replace($"{{{i}:bigint}}", JsonField(i, "bigint")).Replace($"{{{i}:text}}", JsonField(i, "text"));
            }

            sql = text.ToString();
            _summarySql[template] = sql;
        }

        return sql;
    }

    public override async Task<ReportTotals> ReportTotalsAsync(Instant from, Instant to, string checkInEventType, CancellationToken ct)
    {
        var month = ReportSummaryRows.MonthStart(from);
        var nextMonth = Instant.FromUnixTimeTicks(month).InUtc().Date.PlusMonths(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        var (f, t) = (from.ToUnixTimeTicks(), to.ToUnixTimeTicks());
        var firstBucket = ReportTotals.BucketStart(f) == f ? f : ReportTotals.BucketStart(f) + ReportTotals.BucketTicks;
        var lastBucket = ReportTotals.BucketStart(t);
        // A period strictly inside one UTC month cannot be told from the month's first and last award (an employee
        // active before and after it may have no award in it), and one shorter than a bucket has no whole bucket; both
        // are at most a month of postings, scanned as before the summaries.
        if ((f > month && to < nextMonth) || firstBucket >= lastBucket)
        {
            return await ScanReportTotalsAsync(from, to, checkInEventType, ct).ConfigureAwait(false);
        }

        var whole = Period(Instant.FromUnixTimeTicks(firstBucket), Instant.FromUnixTimeTicks(lastBucket));
        var rules = (await ReadAsync(
            Command(
                $"""
                SELECT rule_name, category, {PointsTotal}, CAST(SUM(awards) AS BIGINT) FROM points_report_rules
                WHERE tenant_id = @tenant AND bucket_start >= @from AND bucket_start < @to GROUP BY rule_name, category
                """,
                whole),
            r => (RuleName: r.GetString(0) is { Length: > 0 } rule ? rule : null, Category: r.GetString(1), Points: PointsSum.FromTotal(r.GetDouble(2)), Awards: (int)r.GetInt64(3)),
            ct).ConfigureAwait(false)).ToList();
        var checkIns = (await ReadAsync(
            Command(
                """
                SELECT bucket_start, check_ins FROM points_report_check_ins
                WHERE tenant_id = @tenant AND event_type = @type AND bucket_start >= @from AND bucket_start < @to
                """,
                [.. whole, ("type", checkInEventType)]),
            r => (r.GetInt64(0), (int)r.GetInt64(1)),
            ct).ConfigureAwait(false)).ToList();

        // Standing redemptions need employees per item, which partial buckets could not be merged with: with partial
        // buckets the period's spending postings are scanned.
        var redemptions = firstBucket == f && lastBucket == t
            ? await ReadAsync(
                Command(
                    """
                    SELECT item_id, CAST(SUM(standing) AS BIGINT), COUNT(*) FROM (
                        SELECT item_id, employee_id, SUM(redemptions) AS standing FROM points_report_redemptions
                        WHERE tenant_id = @tenant AND bucket_start >= @from AND bucket_start < @to GROUP BY item_id, employee_id) AS e
                    WHERE standing > 0 GROUP BY item_id
                    """,
                    whole),
                r => (r.GetString(0) is { Length: > 0 } item ? item : null, (int)r.GetInt64(1), (int)r.GetInt64(2)),
                ct).ConfigureAwait(false)
            : await RedemptionsAsync(Period(from, to), ct).ConfigureAwait(false);

        // The parts of the period outside whole buckets (none for a zone a whole number of quarter hours from UTC).
        foreach (var (start, end) in new[] { (from, Instant.FromUnixTimeTicks(firstBucket)), (Instant.FromUnixTimeTicks(lastBucket), to) })
        {
            if (start < end)
            {
                var edge = Period(start, end);
                rules.AddRange((await ActiveAndRulesAsync(edge, ct).ConfigureAwait(false)).Rules);
                checkIns.AddRange(await ScanCheckInsAsync(edge, checkInEventType, ct).ConfigureAwait(false));
            }
        }

        var active = await ReadAsync(
            Command(
                """
                SELECT COUNT(*) FROM (SELECT DISTINCT employee_id FROM points_report_employees
                    WHERE tenant_id = @tenant AND month_start >= @month AND month_start < @to AND first_award < @to AND last_award >= @from) AS e
                """,
                [.. Period(from, to), ("month", month)]),
            r => r.GetInt64(0),
            ct).ConfigureAwait(false);
        var byRule = rules
            .GroupBy(r => (r.RuleName, r.Category))
            .Select(g => (g.Key.RuleName, g.Key.Category, PointsSum.Of(g.Select(r => r.Points)), g.Sum(r => r.Awards)))
            .ToList();
        return new ReportTotals((int)active[0], byRule, checkIns, redemptions);
    }

    private static void Row(Utf8JsonWriter json, params ReadOnlySpan<object> values)
    {
        json.WriteStartArray();
        foreach (var value in values)
        {
            if (value is long number)
            {
                json.WriteNumberValue(number);
            }
            else
            {
                json.WriteStringValue((string)value);
            }
        }

        json.WriteEndArray();
    }

    /// <summary>A JSON array of what <paramref name="writeElements"/> writes, as text for a JSON parameter.</summary>
    protected static string Json(Action<Utf8JsonWriter> writeElements)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            writeElements(json);
            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
