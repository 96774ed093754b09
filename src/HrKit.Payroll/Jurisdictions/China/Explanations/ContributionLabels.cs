namespace HrKit.Payroll.Jurisdictions.China.Explanations;

/// <summary>Line codes and names of a contribution item's two sides, built once per item rather than per payslip.</summary>
internal sealed class ContributionLabels(ContributionItem item)
{
    public string EmployeeCode { get; } = item.Code + "_EE";

    public string EmployeeName { get; } = item.Name + " (employee)";

    public string EmployerCode { get; } = item.Code + "_ER";

    public string EmployerName { get; } = item.Name + " (employer)";
}
