using NodaTime;

namespace HrKit.Payroll.Periods;

/// <summary>
/// Durable storage of pay months: per company, employee and tax year, each month's input, payslip and year-to-date
/// state, the months' status and their history. Implementations: <see cref="InMemoryPayrollPeriodStore"/> (tests),
/// HrKit.Payroll.Sqlite (embedded default) and HrKit.Payroll.PostgreSql. Every write goes through one
/// <see cref="IPayrollPeriodTransaction"/>: committed whole or not at all, also across a process kill.
/// The workflow rules (gaps, closed months, retro) live in <see cref="PayrollPeriodService"/>, not here. Disposing
/// (either way; a DI container may use either) releases the store's connections.
/// </summary>
public interface IPayrollPeriodStore : IAsyncDisposable, IDisposable
{
    /// <summary>Creates the schema, or upgrades an older one to <see cref="PayrollPeriodSchema.CurrentVersion"/>.</summary>
    /// <exception cref="PayrollPeriodException">The database holds a newer schema than this version understands.</exception>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts the one write transaction of a company; others wait for it. Dispose without
    /// <see cref="IPayrollPeriodTransaction.CommitAsync"/> to discard everything it wrote.
    /// </summary>
    Task<IPayrollPeriodTransaction> BeginAsync(string companyId, CancellationToken cancellationToken = default);

    /// <summary>The status of a month (<see cref="PeriodStatus.Open"/> when never closed).</summary>
    Task<PeriodStatus> GetStatusAsync(string companyId, YearMonth month, CancellationToken cancellationToken = default);

    /// <summary>
    /// Streams stored payslips of a company, ordered by month, employee and revision, reading a page at a time so a
    /// large company is never held in memory.
    /// </summary>
    IAsyncEnumerable<StoredPayslip> ReadAsync(PayslipQuery query, CancellationToken cancellationToken = default);

    /// <summary>The company's recorded actions in the order they happened.</summary>
    IAsyncEnumerable<PeriodEvent> ReadEventsAsync(string companyId, CancellationToken cancellationToken = default);
}
