using System.Data.Common;
using NodaTime;

namespace HrKit.Payroll.Periods.Sql;

/// <summary>One company's write transaction on a SQL period store; every command runs inside it.</summary>
internal sealed class SqlPeriodTransaction(string companyId, DbConnection connection, DbTransaction transaction, IDisposable? slot) : IPayrollPeriodTransaction
{
    private readonly SqlCommands _commands = new(connection, transaction);
    private bool _disposed;

    public string CompanyId => companyId;

    public async Task<PeriodStatus> GetStatusAsync(YearMonth month, CancellationToken cancellationToken = default) =>
        (PeriodStatus)await _commands.ScalarAsync("SELECT COALESCE(MAX(status), 0) FROM payroll_periods WHERE company_id = @c AND month = @m", cancellationToken,
            ("@c", companyId), ("@m", SqlMonth.Key(month))).ConfigureAwait(false);

    public async Task SetStatusAsync(YearMonth month, PeriodStatus status, CancellationToken cancellationToken = default)
    {
        // Portable upsert: both databases run the same two statements inside the transaction.
        await _commands.ExecuteAsync("DELETE FROM payroll_periods WHERE company_id = @c AND month = @m", cancellationToken, ("@c", companyId), ("@m", SqlMonth.Key(month))).ConfigureAwait(false);
        await _commands.ExecuteAsync("INSERT INTO payroll_periods (company_id, month, status) VALUES (@c, @m, @s)", cancellationToken,
            ("@c", companyId), ("@m", SqlMonth.Key(month)), ("@s", (long)status)).ConfigureAwait(false);
    }

    public async Task AddEventAsync(PeriodEvent periodEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(periodEvent);
        await _commands.ExecuteAsync("INSERT INTO payroll_events (company_id, month, action, actor, at, reason) VALUES (@c, @m, @a, @who, @at, @why)", cancellationToken,
            ("@c", companyId), ("@m", SqlMonth.Key(periodEvent.Month)), ("@a", (long)periodEvent.Action), ("@who", periodEvent.Actor),
            ("@at", periodEvent.At.ToUnixTimeTicks()), ("@why", periodEvent.Reason)).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<StoredPayslip>> GetAsync(string employeeId, YearMonth month, CancellationToken cancellationToken = default)
    {
        var command = _commands.Get($"SELECT {SqlPayslipRows.Columns} FROM payroll_payslips WHERE company_id = @c AND month = @m AND employee_id = @e ORDER BY revision",
            ("@c", companyId), ("@m", SqlMonth.Key(month)), ("@e", employeeId));
        var list = new List<StoredPayslip>(1);
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                list.Add(SqlPayslipRows.Read(reader));
            }
        }

        return list;
    }

    public async Task<IReadOnlyList<YearMonth>> MonthsWithPayslipsAsync(YearMonth from, YearMonth to, CancellationToken cancellationToken = default)
    {
        var command = _commands.Get("SELECT DISTINCT month FROM payroll_payslips WHERE company_id = @c AND month BETWEEN @from AND @to ORDER BY month",
            ("@c", companyId), ("@from", SqlMonth.Key(from)), ("@to", SqlMonth.Key(to)));
        var months = new List<YearMonth>();
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                months.Add(SqlMonth.Parse(reader.GetInt64(0)));
            }
        }

        return months;
    }

    public Task<long> CountAsync(YearMonth month, StoredPayslipKind kind, CancellationToken cancellationToken = default) =>
        _commands.ScalarAsync("SELECT COUNT(*) FROM payroll_payslips WHERE company_id = @c AND month = @m AND kind = @k", cancellationToken,
            ("@c", companyId), ("@m", SqlMonth.Key(month)), ("@k", (long)kind));

    public async Task<IReadOnlyList<string>> EmployeesAsync(YearMonth from, YearMonth to, string? after, int limit, CancellationToken cancellationToken = default)
    {
        var command = _commands.Get(
            "SELECT DISTINCT employee_id FROM payroll_payslips WHERE company_id = @c AND month BETWEEN @from AND @to AND employee_id > @after ORDER BY employee_id LIMIT @n",
            ("@c", companyId), ("@from", SqlMonth.Key(from)), ("@to", SqlMonth.Key(to)), ("@after", after ?? ""), ("@n", (long)limit));
        var employees = new List<string>(limit);
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                employees.Add(reader.GetString(0));
            }
        }

        return employees;
    }

    public async Task<long> DeleteMonthAsync(YearMonth month, CancellationToken cancellationToken = default) =>
        await _commands.ExecuteAsync("DELETE FROM payroll_payslips WHERE company_id = @c AND month = @m", cancellationToken,
            ("@c", companyId), ("@m", SqlMonth.Key(month))).ConfigureAwait(false);

    public Task DeleteAsync(string employeeId, YearMonth month, CancellationToken cancellationToken = default) =>
        _commands.ExecuteAsync("DELETE FROM payroll_payslips WHERE company_id = @c AND month = @m AND employee_id = @e", cancellationToken,
            ("@c", companyId), ("@m", SqlMonth.Key(month)), ("@e", employeeId));

    public Task AddAsync(StoredPayslip payslip, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(payslip);
        return _commands.ExecuteAsync(SqlPayslipRows.Insert, cancellationToken, SqlPayslipRows.Parameters(payslip));
    }

    public Task SupersedeAsync(string employeeId, YearMonth month, CancellationToken cancellationToken = default) =>
        _commands.ExecuteAsync("UPDATE payroll_payslips SET superseded = 1 WHERE company_id = @c AND month = @m AND employee_id = @e", cancellationToken,
            ("@c", companyId), ("@m", SqlMonth.Key(month)), ("@e", employeeId));

    public async Task<IReadOnlyList<RetroSettlement>> GetSettlementsAsync(string employeeId, YearMonth month, CancellationToken cancellationToken = default)
    {
        var command = _commands.Get("SELECT settlement_json FROM payroll_settlements WHERE company_id = @c AND employee_id = @e AND month = @m ORDER BY id",
            ("@c", companyId), ("@e", employeeId), ("@m", SqlMonth.Key(month)));
        var settlements = new List<RetroSettlement>();
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                settlements.Add(PayrollPeriodJson.DeserializeSettlement(reader.GetString(0)));
            }
        }

        return settlements;
    }

    public Task AddSettlementAsync(RetroSettlement settlement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settlement);
        return _commands.ExecuteAsync("INSERT INTO payroll_settlements (company_id, employee_id, month, settlement_json) VALUES (@c, @e, @m, @j)", cancellationToken,
            ("@c", companyId), ("@e", settlement.EmployeeId), ("@m", SqlMonth.Key(settlement.SettledIn)), ("@j", PayrollPeriodJson.Serialize(settlement)));
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        await DisposeAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _commands.DisposeAsync().ConfigureAwait(false);
        await transaction.DisposeAsync().ConfigureAwait(false);
        await connection.DisposeAsync().ConfigureAwait(false);
        slot?.Dispose();
    }
}
