using NodaTime;

namespace HrKit.Payroll.Periods;

/// <summary>What a retro did.</summary>
/// <param name="CompanyId">The company.</param>
/// <param name="SettleIn">The month that pays the difference.</param>
/// <param name="EmployeesRecalculated">Employees whose closed months were recomputed.</param>
/// <param name="Settlements">Employees with a difference (a settlement).</param>
/// <param name="MonthsRecalculated">Employee-months stored as a new recalculated revision (the old one superseded).</param>
/// <param name="SettlementPayslipsUpdated">Payslips of <paramref name="SettleIn"/> already run and recomputed with the settlement.</param>
public sealed record RetroSummary(string CompanyId, YearMonth SettleIn, int EmployeesRecalculated, int Settlements, int MonthsRecalculated, int SettlementPayslipsUpdated);
