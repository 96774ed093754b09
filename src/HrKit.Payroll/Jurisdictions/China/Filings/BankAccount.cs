namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>Where an employee's net pay is sent.</summary>
/// <param name="EmployeeId">The host's id, matching the payslip.</param>
/// <param name="AccountNumber">The account number (账号), digits as the bank issued them.</param>
/// <param name="AccountName">The account holder's name (户名); banks reject a transfer whose name differs.</param>
public sealed record BankAccount(string EmployeeId, string AccountNumber, string AccountName);
