using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using NodaTime;

namespace HrKit.Payroll.Periods.Sql;

/// <summary>
/// The period store on a SQL database, shared by the SQLite and PostgreSQL packages: one write transaction per
/// operation (all or nothing, also across a crash), reads streamed row by row from a reader of their own.
/// </summary>
internal sealed class SqlPeriodStore(SqlPeriodDialect dialect)
{
    public async Task InitializeAsync(CancellationToken ct)
    {
        var connection = await dialect.OpenAsync(ct).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await dialect.PrepareDatabaseAsync(connection, ct).ConfigureAwait(false);
            using var slot = await dialect.EnterAsync(ct).ConfigureAwait(false);
            var transaction = await dialect.BeginWriteAsync(connection, "hrkit.payroll.schema", ct).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var commands = new SqlCommands(connection, transaction);
                await using (commands.ConfigureAwait(false))
                {
                    await commands.ExecuteAsync(SqlPeriodSchema.VersionTable, ct).ConfigureAwait(false);
                    var version = await commands.ScalarAsync("SELECT COALESCE(MAX(version), 0) FROM payroll_schema", ct).ConfigureAwait(false);
                    var steps = SqlPeriodSchema.Steps(dialect.IdColumn);
                    if (version > steps.Length)
                    {
                        throw new PayrollPeriodException("?", null, null,
                            $"the period store's schema is version {version.ToString(CultureInfo.InvariantCulture)}, newer than this HrKit understands ({steps.Length}); upgrade HrKit.Payroll to open it.");
                    }

                    for (var v = (int)version; v < steps.Length; v++)
                    {
                        foreach (var statement in steps[v])
                        {
                            await commands.ExecuteAsync(statement, ct).ConfigureAwait(false);
                        }
                    }

                    if (version < steps.Length)
                    {
                        await commands.ExecuteAsync("DELETE FROM payroll_schema", ct).ConfigureAwait(false);
                        await commands.ExecuteAsync("INSERT INTO payroll_schema (version) VALUES (@v)", ct, ("@v", (long)steps.Length)).ConfigureAwait(false);
                    }
                }

                await transaction.CommitAsync(ct).ConfigureAwait(false);
            }
        }
    }

    public async Task<IPayrollPeriodTransaction> BeginAsync(string companyId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(companyId);
        var slot = await dialect.EnterAsync(ct).ConfigureAwait(false);
        DbConnection? connection = null;
        try
        {
            connection = await dialect.OpenAsync(ct).ConfigureAwait(false);
            var transaction = await dialect.BeginWriteAsync(connection, "hrkit.payroll/" + companyId, ct).ConfigureAwait(false);
            return new SqlPeriodTransaction(companyId, connection, transaction, slot);
        }
        catch
        {
            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }

            slot?.Dispose();
            throw;
        }
    }

    public async Task<PeriodStatus> GetStatusAsync(string companyId, YearMonth month, CancellationToken ct)
    {
        var connection = await dialect.OpenAsync(ct).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var commands = new SqlCommands(connection, null);
            await using (commands.ConfigureAwait(false))
            {
                return (PeriodStatus)await commands.ScalarAsync("SELECT COALESCE(MAX(status), 0) FROM payroll_periods WHERE company_id = @c AND month = @m", ct,
                    ("@c", companyId), ("@m", SqlMonth.Key(month))).ConfigureAwait(false);
            }
        }
    }

    public async IAsyncEnumerable<StoredPayslip> ReadAsync(PayslipQuery query, [EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var sql = $"SELECT {SqlPayslipRows.Columns} FROM payroll_payslips WHERE company_id = @c AND month BETWEEN @from AND @to"
            + (query.EmployeeId is null ? "" : " AND employee_id = @e")
            + (query.Kind is null ? "" : " AND kind = @k")
            + (query.IncludeSuperseded ? "" : " AND superseded = 0")
            + " ORDER BY month, employee_id, revision";
        var connection = await dialect.OpenAsync(ct).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var commands = new SqlCommands(connection, null);
            await using (commands.ConfigureAwait(false))
            {
                List<(string, object?)> parameters = [("@c", query.CompanyId), ("@from", SqlMonth.Key(query.From)), ("@to", SqlMonth.Key(query.To))];
                if (query.EmployeeId is { } employee)
                {
                    parameters.Add(("@e", employee));
                }

                if (query.Kind is { } kind)
                {
                    parameters.Add(("@k", (long)kind));
                }

                var command = commands.Get(sql, [.. parameters]);
                var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(ct).ConfigureAwait(false))
                    {
                        yield return SqlPayslipRows.Read(reader);
                    }
                }
            }
        }
    }

    public async IAsyncEnumerable<PeriodEvent> ReadEventsAsync(string companyId, [EnumeratorCancellation] CancellationToken ct)
    {
        var connection = await dialect.OpenAsync(ct).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var commands = new SqlCommands(connection, null);
            await using (commands.ConfigureAwait(false))
            {
                var command = commands.Get("SELECT month, action, actor, at, reason FROM payroll_events WHERE company_id = @c ORDER BY id", ("@c", companyId));
                var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(ct).ConfigureAwait(false))
                    {
                        yield return new PeriodEvent(companyId, SqlMonth.Parse(reader.GetInt64(0)), (PeriodAction)reader.GetInt64(1), reader.GetString(2),
                            Instant.FromUnixTimeTicks(reader.GetInt64(3)), reader.GetString(4));
                    }
                }
            }
        }
    }

    public ValueTask DisposeAsync() => dialect.DisposeAsync();
}
