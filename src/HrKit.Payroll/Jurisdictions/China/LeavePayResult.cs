using System.Collections.Immutable;
using HrKit.Payroll.Model;

namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>A month's leave and overtime, turned into pay by a <see cref="LeavePolicy"/>.</summary>
/// <param name="Lines">One line per leave record, in input order.</param>
/// <param name="LeaveDeduction">Total taken off the monthly wage for leave (all lines' deductions).</param>
/// <param name="MaternityTopUp">The employer's top-up of the maternity allowance to the wage (taxable wage).</param>
/// <param name="MaternityAllowance">The maternity allowance paid through payroll (tax-free, 财税〔2008〕8号).</param>
/// <param name="Overtime">The overtime hours paid, by kind, on the policy's basis.</param>
/// <param name="UnpaidOvertimeHours">Clocked hours not paid because they were not approved (0 under the clocked basis).</param>
public sealed record LeavePayResult(
    ImmutableArray<LeavePayLine> Lines,
    decimal LeaveDeduction,
    decimal MaternityTopUp,
    decimal MaternityAllowance,
    OvertimeHours Overtime,
    decimal UnpaidOvertimeHours);
