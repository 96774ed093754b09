using HrKit.Payroll.Model;

namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>What one leave record pays, in yuan, rounded to the fen.</summary>
/// <param name="Record">The leave record.</param>
/// <param name="Rule">The rule applied (an unapproved record is paid as unpaid leave whatever its type).</param>
/// <param name="FullPay">The days at the full daily wage.</param>
/// <param name="Paid">What the days pay: full pay, a share with the minimum-wage floor, nothing, or (maternity) the employer's top-up.</param>
/// <param name="Deduction">What is taken off the monthly wage for the days: <see cref="FullPay"/> − the employer's pay for them.</param>
/// <param name="Explanation">How the line was computed, with its figures and the rule's source.</param>
public sealed record LeavePayLine(LeaveRecord Record, LeavePayRule Rule, decimal FullPay, decimal Paid, decimal Deduction, string Explanation);
