using HrKit.Payroll.Model;

namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>The pay rule of one leave type.</summary>
/// <param name="Type">The leave type.</param>
/// <param name="Mode">How its days are paid.</param>
/// <param name="Rate">For <see cref="LeavePayMode.Percentage"/>: the share of the daily wage paid (0.6 = 60 %); 1 otherwise.</param>
public sealed record LeavePayRule(LeaveType Type, LeavePayMode Mode, decimal Rate);
