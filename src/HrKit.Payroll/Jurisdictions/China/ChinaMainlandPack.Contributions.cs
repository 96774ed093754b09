using System.Collections.Immutable;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Engine.Explanations;
using HrKit.Payroll.Jurisdictions.China.Explanations;
using HrKit.Payroll.Localization;
using HrKit.Payroll.Model;

namespace HrKit.Payroll.Jurisdictions.China;

public sealed partial class ChinaMainlandPack
{
    // Each item clamps the requested base to its own floor and ceiling (cities differ per item), then each side is
    // rounded on its own, as the bureaus compute them.
    private (decimal Employee, decimal Employer) Contribute(
        EmployeeMonthInput input,
        CityContributionSchedule schedule,
        decimal siRequested,
        ImmutableArray<PayslipLine>.Builder? lines)
    {
        decimal employee = 0, employer = 0;
        var hfRequested = input.HousingFundBase ?? siRequested;
        foreach (var item in schedule.Items)
        {
            var requested = item.IsHousingFund ? hfRequested : siRequested;
            var contributionBase = item.ClampBase(requested);
            var employeeRate = item.EmployeeRate;
            var employerRate = item.EmployerRate;
            if (item.IsHousingFund && input.HousingFundRate is { } chosen)
            {
                if (chosen < schedule.HousingFundMinRate || chosen > schedule.HousingFundMaxRate)
                {
                    throw new PayrollInputException(input.EmployeeId, "housingFundRate",
                        new LocalText("Error.Input.CN.HousingFundRate", Explain.Percent(chosen), schedule.City, Explain.Percent(schedule.HousingFundMinRate), Explain.Percent(schedule.HousingFundMaxRate)));
                }

                employeeRate = employerRate = chosen;
            }

            var employeeAmount = employeeRate > 0 || item.EmployeeFixed > 0
                ? FastDecimal.Add(Money.Round(FastDecimal.Multiply(contributionBase, employeeRate), item.Rounding), item.EmployeeFixed)
                : 0m;
            var employerAmount = employerRate > 0 ? Money.Round(FastDecimal.Multiply(contributionBase, employerRate), item.Rounding) : 0m;
            employee = FastDecimal.Add(employee, employeeAmount);
            employer = FastDecimal.Add(employer, employerAmount);
            if (lines is not null)
            {
                AddContributionLines(lines, schedule, item, requested, contributionBase, employeeRate, employerRate, employeeAmount, employerAmount);
            }
        }

        return (employee, employer);
    }

    private void AddContributionLines(ImmutableArray<PayslipLine>.Builder lines, CityContributionSchedule schedule, ContributionItem item,
        decimal requested, decimal contributionBase, decimal employeeRate, decimal employerRate, decimal employeeAmount, decimal employerAmount)
    {
        var labels = _itemLabels.GetValueOrDefault(item) ?? new ContributionLabels(item);
        if (employeeRate > 0 || item.EmployeeFixed > 0)
        {
            lines.Add(new PayslipLine(labels.EmployeeCode, labels.EmployeeName, PayslipLineKind.EmployeeContribution, employeeAmount,
                new ContributionExplanation(schedule, item, employeeSide: true, requested, contributionBase, employeeRate, employeeAmount)) { NameArgument = labels.LocalName });
        }

        if (employerRate > 0)
        {
            lines.Add(new PayslipLine(labels.EmployerCode, labels.EmployerName, PayslipLineKind.EmployerContribution, employerAmount,
                new ContributionExplanation(schedule, item, employeeSide: false, requested, contributionBase, employerRate, employerAmount)) { NameArgument = labels.LocalName });
        }
    }
}
