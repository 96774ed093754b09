using HrKit.Payroll.Model;

namespace HrKit.Migration.Records;

/// <summary>An employee's cumulative tax-year state through a month, to continue payroll from.</summary>
/// <param name="EmployeeId">The employee.</param>
/// <param name="YearToDate">The cumulative figures; <see cref="TaxYearToDate.ThroughMonth"/> is the last month they include.</param>
public sealed record OpeningYearToDateRecord(string EmployeeId, TaxYearToDate YearToDate);
