using System.Collections.Immutable;
using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Model;

namespace HrKit.Payroll.Engine;

public sealed partial class PayrollEngine
{
    // Each item clamps the requested base to its own floor and ceiling (cities differ per item), then each side is
    // rounded on its own, as the bureaus compute them.
    private static (decimal Employee, decimal Employer) Contribute(
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
                        $"{Explain.Percent(chosen)} is outside {schedule.City}'s allowed range {Explain.Percent(schedule.HousingFundMinRate)}–{Explain.Percent(schedule.HousingFundMaxRate)}.");
                }

                employeeRate = employerRate = chosen;
            }

            var employeeAmount = employeeRate > 0 || item.EmployeeFixed > 0
                ? Money.Round(contributionBase * employeeRate, item.Rounding) + item.EmployeeFixed
                : 0m;
            var employerAmount = employerRate > 0 ? Money.Round(contributionBase * employerRate, item.Rounding) : 0m;
            employee += employeeAmount;
            employer += employerAmount;
            if (lines is not null)
            {
                AddContributionLines(lines, schedule, item, requested, contributionBase, employeeRate, employerRate, employeeAmount, employerAmount);
            }
        }

        return (employee, employer);
    }

    private static void AddContributionLines(ImmutableArray<PayslipLine>.Builder lines, CityContributionSchedule schedule, ContributionItem item,
        decimal requested, decimal contributionBase, decimal employeeRate, decimal employerRate, decimal employeeAmount, decimal employerAmount)
    {
        var basis = BaseText(requested, contributionBase, item);
        var tail = $"({Explain.Rounding(item.Rounding)}); {schedule.City} schedule from {schedule.EffectiveFrom:yyyy-MM-dd}.";
        if (employeeRate > 0 || item.EmployeeFixed > 0)
        {
            var fixedText = item.EmployeeFixed > 0 ? $" + fixed {Explain.Money(item.EmployeeFixed)}" : "";
            lines.Add(new PayslipLine(item.Code + "_EE", item.Name + " (employee)", PayslipLineKind.EmployeeContribution, employeeAmount,
                $"{basis} × {Explain.Percent(employeeRate)}{fixedText} = {Explain.Money(employeeAmount)} {tail}"));
        }

        if (employerRate > 0)
        {
            lines.Add(new PayslipLine(item.Code + "_ER", item.Name + " (employer)", PayslipLineKind.EmployerContribution, employerAmount,
                $"{basis} × {Explain.Percent(employerRate)} = {Explain.Money(employerAmount)} {tail}"));
        }
    }

    private static string BaseText(decimal requested, decimal used, ContributionItem item)
    {
        if (requested == used)
        {
            return $"base {Explain.Money(used)}";
        }

        var bound = used == item.BaseFloor ? "floor" : "ceiling";
        return $"base {Explain.Money(used)} (requested {Explain.Money(requested)}, clamped to the {bound})";
    }

    private static string ExplainWithholding(in CumulativeWithholdingResult r, TaxYearToDate previous)
    {
        var y = r.YearToDate;
        return $"Cumulative withholding (国家税务总局公告2018年第61号): cumulative income {Explain.Money(y.Income)} − tax-free {Explain.Money(y.TaxFreeIncome)}"
            + $" − basic deduction {Explain.Money(y.BasicDeduction)} − special deductions {Explain.Money(y.SpecialDeductions)}"
            + $" − special additional deductions {Explain.Money(y.SpecialAdditionalDeductions)} − other deductions {Explain.Money(y.OtherDeductions)}"
            + $" = taxable {Explain.Money(r.CumulativeTaxableIncome)}; {TaxTable.AnnualComprehensiveIncome.Name} row {TaxTable.Describe(r.Bracket)}"
            + $" → cumulative tax {Explain.Money(r.CumulativeTax)} − already withheld {Explain.Money(previous.TaxWithheld)} = {Explain.Money(r.TaxThisMonth)}"
            + (r.CumulativeTax < previous.TaxWithheld ? " (negative: nothing is refunded this month; the cumulative figures carry it)." : ".");
    }
}
