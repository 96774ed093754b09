using HrKit.Payroll.Engine;
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

    public override string ToString()
    {
        var basis = requested == contributionBase
            ? $"base {Explain.Money(contributionBase)}"
            : $"base {Explain.Money(contributionBase)} (requested {Explain.Money(requested)}, clamped to the {(contributionBase == item.BaseFloor ? "floor" : "ceiling")})";
        var fixedText = Fixed > 0 ? $" + fixed {Explain.Money(Fixed)}" : "";
        return $"{basis} × {Explain.Percent(rate)}{fixedText} = {Explain.Money(amount)} ({Explain.Rounding(item.Rounding)}); {schedule.City} schedule from {schedule.EffectiveFrom:yyyy-MM-dd}.";
    }
}
