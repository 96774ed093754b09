namespace HrKit.Payroll.Reports;

/// <summary>What one department costs.</summary>
/// <param name="Department">Department name (<c>(none)</c> when payslips have none).</param>
/// <param name="Headcount">Payslips in the department.</param>
/// <param name="GrossPay">Sum of gross pay.</param>
/// <param name="NetPay">Sum of net pay.</param>
/// <param name="EmployerContributions">Sum of employer social insurance and housing fund.</param>
/// <param name="EmployerCost">Sum of employer cost.</param>
/// <param name="ShareOfCost">EmployerCost ÷ company employer cost, rounded to 4 decimals.</param>
public sealed record DepartmentCostRow(
    string Department,
    int Headcount,
    decimal GrossPay,
    decimal NetPay,
    decimal EmployerContributions,
    decimal EmployerCost,
    decimal ShareOfCost);
