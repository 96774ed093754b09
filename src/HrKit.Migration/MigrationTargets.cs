using HrKit.Migration.Roster;
using HrKit.Payroll.Periods;
using HrKit.Points.Ledger;

namespace HrKit.Migration;

/// <summary>
/// The stores a migration writes: the roster and batch journal, the payroll period store (opening year-to-date and
/// historical payslips) and the points ledger (opening balances). For a plan, pass stores over copies (<see cref="Sandbox.SqliteSandbox"/> copies SQLite files).
/// </summary>
/// <param name="Store">The roster and the journal of batches.</param>
/// <param name="Payroll">The payroll period store; null when the mapping has no payroll exports.</param>
/// <param name="Points">The points ledger; null when the mapping has no points export.</param>
public sealed record MigrationTargets(IMigrationStore Store, IPayrollPeriodStore? Payroll, IPointsLedgerStore? Points);
