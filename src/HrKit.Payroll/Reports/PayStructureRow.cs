using HrKit.Payroll.Model;

namespace HrKit.Payroll.Reports;

/// <summary>One component's part of the company's pay.</summary>
/// <param name="Code">Component code.</param>
/// <param name="Name">Component name.</param>
/// <param name="Kind">What the component does.</param>
/// <param name="Total">Sum over all payslips.</param>
/// <param name="Employees">Payslips on which the component is non-zero.</param>
/// <param name="ShareOfGross">Total ÷ company gross pay, rounded to 4 decimals (0.1234 = 12.34 %).</param>
public sealed record PayStructureRow(string Code, string Name, PayslipLineKind Kind, decimal Total, int Employees, decimal ShareOfGross);
