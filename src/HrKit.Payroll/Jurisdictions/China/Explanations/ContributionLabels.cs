using HrKit.Payroll.Localization;

namespace HrKit.Payroll.Jurisdictions.China.Explanations;

/// <summary>
/// Line codes and English names of a contribution item's two sides, built once per item rather than per payslip. The
/// item's local name (养老保险) is kept as the lines' name argument, which the Chinese texts use (养老保险个人).
/// </summary>
internal sealed class ContributionLabels(ContributionItem item)
{
    public string EmployeeCode { get; } = item.Code + "_EE";

    public string EmployeeName { get; } = EnglishName(item, "_EE", " (employee)");

    public string EmployerCode { get; } = item.Code + "_ER";

    public string EmployerName { get; } = EnglishName(item, "_ER", " (employer)");

    public string LocalName => item.Name;

    // A city's own item (a code the texts do not know) keeps its local name with the side in English.
    private static string EnglishName(ContributionItem item, string suffix, string side)
    {
        var key = "Line." + item.Code + suffix;
        return PayrollLocalizer.English.Contains(key) ? PayrollLocalizer.English.Format(key, item.Name) : item.Name + side;
    }
}
