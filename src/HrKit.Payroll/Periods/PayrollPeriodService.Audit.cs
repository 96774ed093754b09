using HrKit.Audit;
using HrKit.Payroll.Engine;
using NodaTime;

namespace HrKit.Payroll.Periods;

public sealed partial class PayrollPeriodService
{
    private readonly IAuditLog? _audit;

    /// <summary>
    /// Creates the service with an audit log: after each run, close, reopen and retro is committed, one entry per
    /// recorded <see cref="PeriodEvent"/> is appended (kind <c>payroll.run</c>, <c>payroll.close</c>,
    /// <c>payroll.reopen</c> or <c>payroll.retro</c>; subject <c>payroll/{company}/{yyyy-MM}</c>; the data hash covers
    /// the event). A null <paramref name="auditLog"/> behaves exactly as the constructor without it.
    /// </summary>
    /// <exception cref="ArgumentNullException">The store, engine or clock is null.</exception>
    public PayrollPeriodService(IPayrollPeriodStore store, PayrollEngine engine, IClock clock, IAuditLog? auditLog)
        : this(store, engine, clock) => _audit = auditLog;

    // Appended after the commit: the month's change stands even if the audit store then refuses (AuditLogException
    // tells the caller the entry is missing).
    private async Task AuditAsync(IEnumerable<PeriodEvent> events, CancellationToken ct)
    {
        if (_audit is null)
        {
            return;
        }

        foreach (var e in events)
        {
            var kind = e.Action switch
            {
                PeriodAction.Closed => AuditKinds.PayrollClose,
                PeriodAction.Reopened => AuditKinds.PayrollReopen,
                PeriodAction.Retro => AuditKinds.PayrollRetro,
                _ => AuditKinds.PayrollRun,
            };
            await _audit.RecordAsync(kind, e.Actor, $"payroll/{e.CompanyId}/{Iso(e.Month)}", e.Reason,
                $"{e.CompanyId}\n{Iso(e.Month)}\n{e.Action}\n{e.Actor}\n{e.At}\n{e.Reason}", ct).ConfigureAwait(false);
        }
    }
}
