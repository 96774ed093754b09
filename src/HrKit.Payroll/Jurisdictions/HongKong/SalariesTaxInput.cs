namespace HrKit.Payroll.Jurisdictions.HongKong;

/// <summary>What the annual salaries tax estimate needs, in HK$ for one year of assessment.</summary>
/// <param name="AssessableIncome">Income from employment for the year (salary, bonus, allowances).</param>
/// <param name="MpfContributions">Mandatory MPF contributions the employee paid in the year; the deduction is capped by the year's figure.</param>
/// <param name="OtherDeductions">Other allowable deductions already capped by the caller (approved donations, self-education, home loan interest …).</param>
/// <param name="MarriedPersonAllowance">Claims the married person's allowance (instead of the basic allowance).</param>
/// <param name="Children">Children the child allowance is claimed for (0 to 9).</param>
/// <param name="ChildrenBornInYear">Of those, children born in the year (0 to <paramref name="Children"/>).</param>
/// <param name="SingleParentAllowance">Claims the single parent allowance.</param>
public sealed record SalariesTaxInput(
    decimal AssessableIncome,
    decimal MpfContributions = 0m,
    decimal OtherDeductions = 0m,
    bool MarriedPersonAllowance = false,
    int Children = 0,
    int ChildrenBornInYear = 0,
    bool SingleParentAllowance = false);
