using NodaTime;

namespace HrKit.Payroll.Periods;

/// <summary>
/// One company's write transaction on an <see cref="IPayrollPeriodStore"/>: reads see its own writes; nothing is
/// visible to others, or survives a crash, before <see cref="CommitAsync"/>.
/// </summary>
public interface IPayrollPeriodTransaction : IAsyncDisposable
{
    /// <summary>The company this transaction writes.</summary>
    string CompanyId { get; }

    /// <summary>The status of a month (<see cref="PeriodStatus.Open"/> when never closed).</summary>
    Task<PeriodStatus> GetStatusAsync(YearMonth month, CancellationToken cancellationToken = default);

    /// <summary>Sets a month's status.</summary>
    Task SetStatusAsync(YearMonth month, PeriodStatus status, CancellationToken cancellationToken = default);

    /// <summary>Records an action in the company's history.</summary>
    Task AddEventAsync(PeriodEvent periodEvent, CancellationToken cancellationToken = default);

    /// <summary>Every revision of one employee-month, by revision; empty when none is stored.</summary>
    Task<IReadOnlyList<StoredPayslip>> GetAsync(string employeeId, YearMonth month, CancellationToken cancellationToken = default);

    /// <summary>The months in <paramref name="from"/>..<paramref name="to"/> holding at least one payslip, ascending.</summary>
    Task<IReadOnlyList<YearMonth>> MonthsWithPayslipsAsync(YearMonth from, YearMonth to, CancellationToken cancellationToken = default);

    /// <summary>How many payslips of <paramref name="kind"/> a month holds.</summary>
    Task<long> CountAsync(YearMonth month, StoredPayslipKind kind, CancellationToken cancellationToken = default);

    /// <summary>
    /// Up to <paramref name="limit"/> employee ids with a payslip in <paramref name="from"/>..<paramref name="to"/>,
    /// ordinal order, after <paramref name="after"/> (null for the first page).
    /// </summary>
    Task<IReadOnlyList<string>> EmployeesAsync(YearMonth from, YearMonth to, string? after, int limit, CancellationToken cancellationToken = default);

    /// <summary>Deletes every payslip of a month (an open month being re-run); returns how many.</summary>
    Task<long> DeleteMonthAsync(YearMonth month, CancellationToken cancellationToken = default);

    /// <summary>Deletes one employee's payslips of a month (an open month recomputed by a retro).</summary>
    Task DeleteAsync(string employeeId, YearMonth month, CancellationToken cancellationToken = default);

    /// <summary>Stores a payslip revision.</summary>
    Task AddAsync(StoredPayslip payslip, CancellationToken cancellationToken = default);

    /// <summary>Marks every current revision of an employee-month superseded.</summary>
    Task SupersedeAsync(string employeeId, YearMonth month, CancellationToken cancellationToken = default);

    /// <summary>Retro settlements waiting to be paid, or paid, in a month for an employee.</summary>
    Task<IReadOnlyList<RetroSettlement>> GetSettlementsAsync(string employeeId, YearMonth month, CancellationToken cancellationToken = default);

    /// <summary>Stores a retro settlement for its employee and month.</summary>
    Task AddSettlementAsync(RetroSettlement settlement, CancellationToken cancellationToken = default);

    /// <summary>Makes every write of this transaction durable, atomically.</summary>
    Task CommitAsync(CancellationToken cancellationToken = default);
}
