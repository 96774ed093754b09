using HrKit.Payroll.Periods;
using HrKit.Payroll.Periods.Sql;
using Npgsql;

namespace HrKit.Payroll.PostgreSql;

/// <summary>
/// The server <see cref="IPayrollPeriodStore"/> on PostgreSQL (schema and upgrades: docs/payroll-periods.md#schema,
/// created in the connection's search path). Each run, close, reopen and retro is one transaction holding an advisory
/// lock on its company: writers of one company queue across processes, and a crash leaves the operation whole or absent.
/// </summary>
public sealed partial class PostgreSqlPayrollPeriodStore : IPayrollPeriodStore
{
    private readonly SqlPeriodStore _store;

    /// <summary>A store on <paramref name="connectionString"/> (its own pooled data source, disposed with the store).</summary>
    /// <exception cref="ArgumentException">The connection string is empty or malformed.</exception>
    public PostgreSqlPayrollPeriodStore(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _store = new SqlPeriodStore(new PostgreSqlDialect(NpgsqlDataSource.Create(connectionString), ownsDataSource: true));
    }

    /// <summary>A store on a data source the host owns (and disposes).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataSource"/> is null.</exception>
    public PostgreSqlPayrollPeriodStore(NpgsqlDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        _store = new SqlPeriodStore(new PostgreSqlDialect(dataSource, ownsDataSource: false));
    }

    /// <inheritdoc />
    /// <exception cref="NpgsqlException">The server cannot be reached or refuses the connection.</exception>
    public Task InitializeAsync(CancellationToken cancellationToken = default) => _store.InitializeAsync(cancellationToken);
}
