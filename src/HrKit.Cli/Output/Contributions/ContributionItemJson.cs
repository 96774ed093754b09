using HrKit.Payroll.Jurisdictions.China;

namespace HrKit.Cli.Output.Contributions;

/// <summary>One item of a schedule in <c>payroll contributions --format json</c>: rates as fractions and bases in yuan, as in the city files.</summary>
internal sealed record ContributionItemJson(
    string Code, string Name, decimal BaseFloor, decimal BaseCeiling, decimal EmployeeRate, decimal EmployerRate, decimal EmployeeFixed,
    string Rounding, ContributionSourceJson Source)
{
    public static ContributionItemJson From(ContributionItem i) => new(
        i.Code, i.Name, i.BaseFloor, i.BaseCeiling, i.EmployeeRate, i.EmployerRate, i.EmployeeFixed, ContributionWords.Camel(i.Rounding),
        ContributionSourceJson.From(i.Provenance));
}
