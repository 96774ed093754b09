using System.Runtime.CompilerServices;
using HrKit.Integration.Sqlite;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace HrKit.Integration.Suites.Stores;

/// <summary>
/// The default <see cref="ISuiteStore"/>: a SQLite file with tables <c>hrkit_suite_tickets</c> and
/// <c>hrkit_suite_companies</c>. Times are Unix ticks. Every write is one statement, so a crash leaves each row old or new, never half-written.
/// </summary>
public sealed class SqliteSuiteStore : ISuiteStore, IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS hrkit_suite_tickets (
            vendor TEXT NOT NULL, suite_id TEXT NOT NULL, ticket TEXT NOT NULL, received_at INTEGER NOT NULL,
            PRIMARY KEY (vendor, suite_id));
        CREATE TABLE IF NOT EXISTS hrkit_suite_companies (
            vendor TEXT NOT NULL, corp_id TEXT NOT NULL, corp_name TEXT NOT NULL, permanent_code TEXT NOT NULL,
            authorised_at INTEGER NOT NULL, cancelled_at INTEGER NULL,
            PRIMARY KEY (vendor, corp_id));
        """;

    // Companies are listed in pages so that a suite with many thousands of companies never sits in memory at once.
    private const int PageSize = 500;
    private readonly SqliteSchemaFile _file;

    /// <summary>Uses the SQLite database at <paramref name="connectionString"/>; tables are created on first use.</summary>
    /// <param name="connectionString">E.g. <c>hrkit-suites.db</c> or <c>Data Source=hrkit-suites.db</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is empty.</exception>
    public SqliteSuiteStore(string connectionString)
    {
        _file = new SqliteSchemaFile(connectionString, Schema);
    }

    /// <inheritdoc />
    public async Task SaveTicketAsync(SuiteTicket ticket, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        await ExecuteAsync("""
            INSERT INTO hrkit_suite_tickets (vendor, suite_id, ticket, received_at) VALUES ($vendor, $suite, $ticket, $at)
            ON CONFLICT (vendor, suite_id) DO UPDATE SET ticket = excluded.ticket, received_at = excluded.received_at
            WHERE excluded.received_at >= hrkit_suite_tickets.received_at
            """, c =>
        {
            c.Parameters.AddWithValue("$vendor", ticket.Vendor.ToString());
            c.Parameters.AddWithValue("$suite", ticket.SuiteId);
            c.Parameters.AddWithValue("$ticket", ticket.Ticket);
            c.Parameters.AddWithValue("$at", Format(ticket.ReceivedAt));
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<SuiteTicket?> GetTicketAsync(SuiteVendor vendor, string suiteId, CancellationToken cancellationToken = default)
    {
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT ticket, received_at FROM hrkit_suite_tickets WHERE vendor = $vendor AND suite_id = $suite";
        command.Parameters.AddWithValue("$vendor", vendor.ToString());
        command.Parameters.AddWithValue("$suite", suiteId);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new SuiteTicket(vendor, suiteId, reader.GetString(0), Parse(reader.GetInt64(1)))
            : null;
    }

    /// <inheritdoc />
    public async Task SaveCompanyAsync(AuthorisedCompany company, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(company);
        await ExecuteAsync("""
            INSERT INTO hrkit_suite_companies (vendor, corp_id, corp_name, permanent_code, authorised_at, cancelled_at)
            VALUES ($vendor, $corp, $name, $code, $at, $cancelled)
            ON CONFLICT (vendor, corp_id) DO UPDATE SET corp_name = excluded.corp_name, permanent_code = excluded.permanent_code,
                authorised_at = excluded.authorised_at, cancelled_at = excluded.cancelled_at
            """, c =>
        {
            AddCompany(c, company.Company);
            c.Parameters.AddWithValue("$name", company.CorpName);
            c.Parameters.AddWithValue("$code", company.PermanentCode);
            c.Parameters.AddWithValue("$at", Format(company.AuthorisedAt));
            c.Parameters.AddWithValue("$cancelled", company.CancelledAt is { } cancelled ? Format(cancelled) : DBNull.Value);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<AuthorisedCompany?> GetCompanyAsync(CompanyRef company, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(company);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT corp_id, corp_name, permanent_code, authorised_at, cancelled_at FROM hrkit_suite_companies WHERE vendor = $vendor AND corp_id = $corp";
        AddCompany(command, company);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader, company.Vendor) : null;
    }

    /// <inheritdoc />
    public async Task<bool> CancelCompanyAsync(CompanyRef company, Instant cancelledAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(company);
        var changed = await ExecuteAsync(
            "UPDATE hrkit_suite_companies SET cancelled_at = $at WHERE vendor = $vendor AND corp_id = $corp AND cancelled_at IS NULL",
            c =>
            {
                AddCompany(c, company);
                c.Parameters.AddWithValue("$at", Format(cancelledAt));
            }, cancellationToken).ConfigureAwait(false);
        return changed == 1;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<AuthorisedCompany> ListActiveAsync(SuiteVendor vendor, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var after = "";
        while (true)
        {
            var page = new List<AuthorisedCompany>(PageSize);
            using (var connection = await OpenAsync(cancellationToken).ConfigureAwait(false))
            using (var command = connection.CreateCommand())
            {
                command.CommandText = """
                    SELECT corp_id, corp_name, permanent_code, authorised_at, cancelled_at FROM hrkit_suite_companies
                    WHERE vendor = $vendor AND cancelled_at IS NULL AND corp_id > $after ORDER BY corp_id LIMIT $limit
                    """;
                command.Parameters.AddWithValue("$vendor", vendor.ToString());
                command.Parameters.AddWithValue("$after", after);
                command.Parameters.AddWithValue("$limit", PageSize);
                using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    page.Add(Read(reader, vendor));
                }
            }

            foreach (var company in page)
            {
                yield return company;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            after = page[^1].Company.CorpId;
        }
    }

    /// <summary>Releases this file's pooled connections so the file can be moved or deleted.</summary>
    public void Dispose() => _file.Dispose();

    private static AuthorisedCompany Read(SqliteDataReader reader, SuiteVendor vendor) =>
        new(new CompanyRef(vendor, reader.GetString(0)), reader.GetString(1), reader.GetString(2), Parse(reader.GetInt64(3)))
        {
            CancelledAt = reader.IsDBNull(4) ? null : Parse(reader.GetInt64(4)),
        };

    private static void AddCompany(SqliteCommand command, CompanyRef company)
    {
        command.Parameters.AddWithValue("$vendor", company.Vendor.ToString());
        command.Parameters.AddWithValue("$corp", company.CorpId);
    }

    // Unix ticks (100 ns) as integers: SQL compares them in time order (the ticket upsert relies on it).
    private static long Format(Instant instant) => instant.ToUnixTimeTicks();

    private static Instant Parse(long ticks) => Instant.FromUnixTimeTicks(ticks);

    private async Task<int> ExecuteAsync(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _file.OpenAsync(cancellationToken);
}
