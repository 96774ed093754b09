using System.Globalization;
using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Model;
using HrKit.Payroll.Policies;

namespace HrKit.Payroll.Engine;

/// <summary>
/// Checks an employee-month before anything is computed, so a bad record fails whole and names its field
/// (as the JSON path in docs/payroll-input.md) instead of producing a wrong payslip.
/// </summary>
internal static class InputValidator
{
    private const decimal MaxMonthlyHours = 744m; // 31 days × 24 hours: anything above is a data error.

    public static void Validate(EmployeeMonthInput input, PayPolicy policy)
    {
        var id = string.IsNullOrWhiteSpace(input.EmployeeId) ? "?" : input.EmployeeId;
        void Fail(string field, string problem) => throw new PayrollInputException(id, field, problem);

        if (id == "?")
        {
            Fail("employeeId", "required.");
        }

        if (string.IsNullOrWhiteSpace(input.City))
        {
            Fail("city", "required, e.g. \"beijing\".");
        }

        NonNegative(input.BaseSalary, "baseSalary", Fail);
        foreach (var (code, amount) in input.Allowances)
        {
            NonNegative(amount, $"allowances.{code}", Fail);
        }

        var a = input.Attendance;
        NonNegative(a.ScheduledDays, "attendance.scheduledDays", Fail);
        NonNegative(a.WorkedDays, "attendance.workedDays", Fail);
        NonNegative(a.UnpaidLeaveDays, "attendance.unpaidLeaveDays", Fail);
        NonNegative(a.LateCount, "attendance.lateCount", Fail);
        NonNegative(a.LateMinutes, "attendance.lateMinutes", Fail);
        var days = input.Period.Calendar.GetDaysInMonth(input.Period.Year, input.Period.Month);
        if (a.ScheduledDays > days || a.WorkedDays > days || a.UnpaidLeaveDays > days)
        {
            Fail("attendance", $"days cannot exceed the {days} days of {Format(input.Period)}.");
        }

        Hours(input.Overtime.Workday, "overtime.workday", Fail);
        Hours(input.Overtime.RestDay, "overtime.restDay", Fail);
        Hours(input.Overtime.StatutoryHoliday, "overtime.statutoryHoliday", Fail);
        NonNegative(input.Performance.BonusBase, "performance.bonusBase", Fail);
        if (input.Performance.LearningBonusFactor is < 0m or > 1m)
        {
            Fail("performance.learningBonusFactor", $"{Format(input.Performance.LearningBonusFactor)} must be between 0 and 1 (0.10 = +10 %).");
        }

        NonNegative(input.OtherEarnings, "otherEarnings", Fail);
        NonNegative(input.TaxFreeIncome, "taxFreeIncome", Fail);
        NonNegative(input.PostTaxDeductions, "postTaxDeductions", Fail);
        NonNegative(input.OtherTaxDeductions, "otherTaxDeductions", Fail);
        NonNegative(input.AnnualBonus, "annualBonus", Fail);
        if (input.AnnualBonus > 0 && input.AnnualBonusTaxMethod == AnnualBonusTaxMethod.Separate && !AnnualBonusTax.IsAvailable(input.Period))
        {
            Fail("annualBonusTaxMethod", $"separate taxation of the annual bonus ends with {Format(AnnualBonusTax.AvailableThrough)} (财政部 税务总局公告2023年第30号); use \"merged\".");
        }

        if (input.SocialInsuranceBase is { } siBase)
        {
            NonNegative(siBase, "socialInsuranceBase", Fail);
        }

        if (input.HousingFundBase is { } hfBase)
        {
            NonNegative(hfBase, "housingFundBase", Fail);
        }

        if (input.ProrationFactor is { } factor && factor is < 0m or > 1m)
        {
            Fail("prorationFactor", $"{Format(factor)} must be between 0 and 1.");
        }

        ValidateDeductions(input.SpecialAdditionalDeductions, Fail);
        ValidateEmployment(input, Fail);
        ValidateYearToDate(input, Fail);
        foreach (var key in input.CustomInputs.Keys)
        {
            if (!policy.CustomInputs.Any(c => string.Equals(c.Name, key, StringComparison.Ordinal)))
            {
                var declared = policy.CustomInputs.Length == 0 ? "it declares none" : "declared: " + string.Join(", ", policy.CustomInputs.Select(c => c.Name));
                Fail($"customInputs.{key}", $"the pay policy '{policy.Name}' has no custom input of that name ({declared}).");
            }
        }
    }

    private static void ValidateDeductions(SpecialAdditionalDeductions d, Action<string, string> fail)
    {
        const string P = "specialAdditionalDeductions.";
        NonNegative(d.ChildEducation, P + "childEducation", fail);
        NonNegative(d.InfantCare, P + "infantCare", fail);
        NonNegative(d.ContinuingEducation, P + "continuingEducation", fail);
        NonNegative(d.HousingLoanInterest, P + "housingLoanInterest", fail);
        NonNegative(d.HousingRent, P + "housingRent", fail);
        NonNegative(d.ElderlySupport, P + "elderlySupport", fail);
        if (d.ChildEducation % 1_000m != 0)
        {
            fail(P + "childEducation", "must be 2 000 per child (or 1 000 when parents split it 50/50).");
        }

        if (d.InfantCare % 1_000m != 0)
        {
            fail(P + "infantCare", "must be 2 000 per child (or 1 000 when parents split it 50/50).");
        }

        if (d.ContinuingEducation > 400m)
        {
            fail(P + "continuingEducation", "monthly withholding allows at most 400 (degree education); certificates are claimed in the annual reconciliation.");
        }

        if (d.HousingLoanInterest > 1_000m)
        {
            fail(P + "housingLoanInterest", "at most 1 000 a month.");
        }

        if (d.HousingRent is not (0m or 800m or 1_100m or 1_500m))
        {
            fail(P + "housingRent", "must be 1 500, 1 100 or 800 by city tier.");
        }

        if (d.HousingRent > 0 && d.HousingLoanInterest > 0)
        {
            fail(P + "housingRent", "housing rent and housing loan interest cannot both be claimed (国发〔2018〕41号 第二十四条).");
        }

        if (d.ElderlySupport > 3_000m)
        {
            fail(P + "elderlySupport", "at most 3 000 a month.");
        }
    }

    private static void ValidateEmployment(EmployeeMonthInput input, Action<string, string> fail)
    {
        var first = input.Period.OnDayOfMonth(1);
        var last = input.Period.OnDayOfMonth(input.Period.Calendar.GetDaysInMonth(input.Period.Year, input.Period.Month));
        if (input.HireDate is { } hire && hire > last)
        {
            fail("hireDate", $"{hire:yyyy-MM-dd} is after the pay month {Format(input.Period)}.");
        }

        if (input.TerminationDate is { } end)
        {
            if (end < first)
            {
                fail("terminationDate", $"{end:yyyy-MM-dd} is before the pay month {Format(input.Period)}.");
            }

            if (input.HireDate is { } h && end < h)
            {
                fail("terminationDate", $"{end:yyyy-MM-dd} is before hireDate {h:yyyy-MM-dd}.");
            }
        }
    }

    private static void ValidateYearToDate(EmployeeMonthInput input, Action<string, string> fail)
    {
        var ytd = input.YearToDate;
        var joinedThisMonth = input.HireDate is { } hire && hire.Year == input.Period.Year && hire.Month == input.Period.Month;
        if (ytd is null || ytd.ThroughMonth is null)
        {
            if (input.Period.Month != 1 && !joinedThisMonth && ytd is null)
            {
                fail("yearToDate", $"required for {Format(input.Period)}: cumulative withholding needs the tax year's figures through the previous month (pass the yearToDate of the previous payslip), unless the pay month is January or the employee joined in it (hireDate).");
            }

            return;
        }

        var through = ytd.ThroughMonth.Value;
        if (through.Year == input.Period.Year && through.CompareTo(input.Period) >= 0)
        {
            fail("yearToDate.throughMonth", $"{Format(through)} is not before the pay month {Format(input.Period)}; pass the state through the previous month.");
        }

        if (through.Year > input.Period.Year)
        {
            fail("yearToDate.throughMonth", $"{Format(through)} is after the pay month {Format(input.Period)}.");
        }

        if (through.Year < input.Period.Year && input.Period.Month != 1 && !joinedThisMonth)
        {
            fail("yearToDate.throughMonth", $"{Format(through)} belongs to an earlier tax year; {Format(input.Period)} needs this year's figures through the previous month.");
        }
    }

    private static void NonNegative(decimal value, string field, Action<string, string> fail)
    {
        if (value < 0)
        {
            fail(field, $"{Format(value)} is negative; it must be 0 or more.");
        }
    }

    private static void Hours(decimal value, string field, Action<string, string> fail)
    {
        NonNegative(value, field, fail);
        if (value > MaxMonthlyHours)
        {
            fail(field, $"{Format(value)} hours is more than a month has ({MaxMonthlyHours.ToString(CultureInfo.InvariantCulture)}).");
        }
    }

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Format(NodaTime.YearMonth month) => NodaTime.Text.YearMonthPattern.Iso.Format(month);
}
