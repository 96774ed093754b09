using System.Data.Common;
using HrKit.Points.Ledger;
using NodaTime.Testing;

namespace HrKit.Points.Tests.Support;

/// <summary>A ledger as schema version 4 left it (before the report summaries), made by today's store and turned back.</summary>
internal static class Version4Ledger
{
    public static readonly string[] ReportSummaryTables = ["points_report_rules", "points_report_check_ins", "points_report_employees", "points_report_redemptions"];

    /// <summary>Writes <see cref="ReportWorkload"/> through <paramref name="store"/>, then drops the summaries and records version 4.</summary>
    public static async Task CreateAsync(IPointsLedgerStore store, FakeClock clock, DbConnection connection)
    {
        await ReportWorkload.SeedAsync(store, clock);
        await store.DisposeAsync();
        await connection.OpenAsync();
        foreach (var sql in ReportSummaryTables.Select(t => $"DROP TABLE {t}").Concat(["DELETE FROM points_schema_version", "INSERT INTO points_schema_version (version) VALUES (4)"]))
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = sql;
            await cmd.ExecuteNonQueryAsync();
        }
    }
}
