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
        // FastDecimal's comparisons are the operators' answers without their calls: ~30 a payslip here.
        foreach (var item in schedule.Items)
        {
            var isHousingFund = item.IsHousingFund;
            var requested = isHousingFund ? hfRequested : siRequested;
            var contributionBase = item.ClampBase(requested);
            var employeeRate = item.EmployeeRate;
            var employerRate = item.EmployerRate;
            if (isHousingFund && input.HousingFundRate is { } chosen)
            {
                if (FastDecimal.Compare(chosen, schedule.HousingFundMinRate) < 0 || FastDecimal.Compare(chosen, schedule.HousingFundMaxRate) > 0)
                {
                    throw new PayrollInputException(input.EmployeeId, "housingFundRate",
                        new LocalText("Error.Input.CN.HousingFundRate", Explain.Percent(chosen), schedule.City, Explain.Percent(schedule.HousingFundMinRate), Explain.Percent(schedule.HousingFundMaxRate)));
                }

                employeeRate = employerRate = chosen;
            }

            var employeeAmount = FastDecimal.IsPositive(employeeRate) || FastDecimal.IsPositive(item.EmployeeFixed)
                ? FastDecimal.Add(Money.Round(FastDecimal.Multiply(contributionBase, employeeRate), item.Rounding), item.EmployeeFixed)
                : 0m;
            var employerAmount = FastDecimal.IsPositive(employerRate) ? Money.Round(FastDecimal.Multiply(contributionBase, employerRate), item.Rounding) : 0m;
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
