using HrKit.Payroll.Engine;
using HrKit.Payroll.Localization;
using HrKit.Payroll.Model;

namespace HrKit.Payroll.Jurisdictions.China.Explanations;

/// <summary>One side (employee or employer) of a social insurance or housing fund item.</summary>
internal sealed class ContributionExplanation(
    CityContributionSchedule schedule, ContributionItem item, bool employeeSide, decimal requested, decimal contributionBase, decimal rate, decimal amount)
    : LineExplanation
{
    public override LineExplanationKind Kind => LineExplanationKind.Contribution;

    private decimal Fixed => employeeSide ? item.EmployeeFixed : 0m;

    public override IReadOnlyList<KeyValuePair<string, decimal>> Figures =>
    [
        new("requested base", requested),
        new("base", contributionBase),
        new("rate", rate),
        new("fixed", Fixed),
        new("amount", amount),
    ];

    public override string ToString() => Describe(PayrollLocalizer.English);

    internal override string Describe(PayrollLocalizer texts)
    {
        var basis = requested == contributionBase
            ? texts.Format("Explain.Contribution.Base", Explain.Money(contributionBase))
            : texts.Format("Explain.Contribution.Clamped", Explain.Money(contributionBase), Explain.Money(requested),
                texts[contributionBase == item.BaseFloor ? "Explain.Contribution.Floor" : "Explain.Contribution.Ceiling"]);
        var fixedText = Fixed > 0 ? texts.Format("Explain.Contribution.Fixed", Explain.Money(Fixed)) : "";
        return texts.Format("Explain.Contribution", basis, Explain.Percent(rate), fixedText, Explain.Money(amount),
            Explain.Rounding(texts, item.Rounding), schedule.City, schedule.EffectiveFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
