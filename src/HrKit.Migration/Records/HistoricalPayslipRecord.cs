using NodaTime;

namespace HrKit.Migration.Records;

/// <summary>A payslip the old system paid, as its export states it (amounts in the jurisdiction's currency).</summary>
/// <param name="EmployeeId">The employee.</param>
/// <param name="Month">The pay month.</param>
/// <param name="GrossPay">Gross pay (应发工资).</param>
/// <param name="NetPay">Take-home pay (实发工资).</param>
/// <param name="EmployeeContributions">Employee social insurance and housing fund.</param>
/// <param name="WageTax">Income tax withheld on wages.</param>
/// <param name="BonusTax">Income tax on a separately taxed bonus.</param>
/// <param name="PostTaxDeductions">Deductions after tax.</param>
/// <param name="EmployerContributions">Employer social insurance and housing fund.</param>
public sealed record HistoricalPayslipRecord(string EmployeeId, YearMonth Month, decimal GrossPay, decimal NetPay, decimal EmployeeContributions,
    decimal WageTax, decimal BonusTax, decimal PostTaxDeductions, decimal EmployerContributions);
