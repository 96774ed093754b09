using HrKit.Payroll.Periods;
using NodaTime;

// The IPayrollPeriodStore members both store packages forward to the shared SqlPeriodStore in the same way; each
// package compiles this file into its own public store class (its project defines which), which keeps the field
// _store, the constructors and the members whose documentation differs (InitializeAsync's exceptions).
#if HRKIT_PAYROLL_SQLITE
namespace HrKit.Payroll.Sqlite;

public sealed partial class SqlitePayrollPeriodStore
#elif HRKIT_PAYROLL_POSTGRESQL
namespace HrKit.Payroll.PostgreSql;

public sealed partial class PostgreSqlPayrollPeriodStore
#else
#error Define HRKIT_PAYROLL_SQLITE or HRKIT_PAYROLL_POSTGRESQL in the project that compiles the shared period store.
#endif
{
    /// <inheritdoc />
    public Task<IPayrollPeriodTransaction> BeginAsync(string companyId, CancellationToken cancellationToken = default) => _store.BeginAsync(companyId, cancellationToken);

    /// <inheritdoc />
    public Task<PeriodStatus> GetStatusAsync(string companyId, YearMonth month, CancellationToken cancellationToken = default) =>
        _store.GetStatusAsync(companyId, month, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<StoredPayslip> ReadAsync(PayslipQuery query, CancellationToken cancellationToken = default) => _store.ReadAsync(query, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<PeriodEvent> ReadEventsAsync(string companyId, CancellationToken cancellationToken = default) =>
        _store.ReadEventsAsync(companyId, cancellationToken);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _store.DisposeAsync();

    /// <inheritdoc />
    public void Dispose() => _store.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
