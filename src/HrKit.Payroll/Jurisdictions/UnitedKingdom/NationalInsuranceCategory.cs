namespace HrKit.Payroll.Jurisdictions.UnitedKingdom;

/// <summary>One National Insurance category letter's rates for a tax year.</summary>
/// <param name="Letter">The category letter, e.g. <c>A</c>.</param>
/// <param name="Description">Who the category is for.</param>
/// <param name="EmployeeMainRate">Employee rate on earnings above the Primary Threshold up to the Upper Earnings Limit.</param>
/// <param name="EmployeeAdditionalRate">Employee rate on earnings above the Upper Earnings Limit.</param>
/// <param name="EmployerFrom">The threshold above which the employer rate applies.</param>
public sealed record NationalInsuranceCategory(
    char Letter, string Description, decimal EmployeeMainRate, decimal EmployeeAdditionalRate, SecondaryThreshold EmployerFrom);
