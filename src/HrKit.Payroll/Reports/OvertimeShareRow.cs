namespace HrKit.Payroll.Reports;

/// <summary>Overtime pay as a share of a department's gross pay.</summary>
/// <param name="Department">Department name.</param>
/// <param name="OvertimePay">Sum of overtime lines (codes starting with <c>OT_</c>).</param>
/// <param name="GrossPay">Sum of gross pay.</param>
/// <param name="Share">OvertimePay ÷ GrossPay, rounded to 4 decimals; 0 when gross pay is 0.</param>
/// <param name="IsAlert">Whether the share exceeds the alert threshold.</param>
public sealed record OvertimeShareRow(string Department, decimal OvertimePay, decimal GrossPay, decimal Share, bool IsAlert);
