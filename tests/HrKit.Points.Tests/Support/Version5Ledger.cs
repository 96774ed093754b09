using HrKit.Points.Ledger;
using HrKit.Points.Ledger.PostgreSql;
using HrKit.Points.Ledger.Sql;
using NodaTime.Testing;
using Npgsql;

namespace HrKit.Points.Tests.Support;

/// <summary>
/// A PostgreSQL ledger as schema version 5 left it (identifiers under the database's default collation), made by
/// today's store and turned back: version 5 differs from 6 in nothing else.
/// </summary>
internal static class Version5Ledger
{
    /// <summary>Writes <see cref="ReportWorkload"/> through <paramref name="store"/>, then turns every identifier column back and records version 5.</summary>
    public static async Task CreateAsync(IPointsLedgerStore store, FakeClock clock, NpgsqlConnection connection)
    {
        await ReportWorkload.SeedAsync(store, clock);
        await store.DisposeAsync();
        await connection.OpenAsync();
        var statements = LedgerSchema.IdentifierColumns.SelectMany(t => PostgreSqlLedgerBackend.Collate(t.Table, t.Columns, "default"));
        foreach (var sql in statements.Concat(["DELETE FROM points_schema_version", "INSERT INTO points_schema_version (version) VALUES (5)"]))
        {
            await using var cmd = new NpgsqlCommand(sql, connection);
            await cmd.ExecuteNonQueryAsync();
        }
    }

    /// <summary>The ledger's text columns that compare byte by byte (collation "C"), as "table.column", sorted.</summary>
    public static async Task<IReadOnlyList<string>> BytewiseColumnsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand(
            """
            SELECT c.relname || '.' || a.attname FROM pg_attribute a
                JOIN pg_class c ON c.oid = a.attrelid JOIN pg_collation co ON co.oid = a.attcollation
            WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' AND co.collname = 'C' AND NOT a.attisdropped
            """,
            connection);
        var columns = new List<string>();
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync())
        {
            columns.Add(r.GetString(0));
        }

        return columns.Order(StringComparer.Ordinal).ToList();
    }
}
