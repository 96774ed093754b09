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
    public static void Validate(EmployeeMonthInput input, PayPolicy policy)
    {
        var id = string.IsNullOrWhiteSpace(input.EmployeeId) ? "?" : input.EmployeeId;
        if (id == "?")
        {
            Throw(id, "employeeId", "required.");
        }

        // NodaTime refuses to compare dates of different calendars (ArgumentException); every date here is ISO.
        if (input.Period.Calendar != NodaTime.CalendarSystem.Iso)
        {
            Throw(id, "period", $"must be in the ISO calendar, not {input.Period.Calendar.Id}.");
        }

        if ((input.HireDate is { } h && h.Calendar != NodaTime.CalendarSystem.Iso) || (input.TerminationDate is { } t && t.Calendar != NodaTime.CalendarSystem.Iso))
        {
            Throw(id, input.HireDate is { } hd && hd.Calendar != NodaTime.CalendarSystem.Iso ? "hireDate" : "terminationDate", "must be in the ISO calendar.");
        }

        if (input.YearToDate?.ThroughMonth is { } through && through.Calendar != NodaTime.CalendarSystem.Iso)
        {
            Throw(id, "yearToDate.throughMonth", "must be in the ISO calendar.");
        }

        if (string.IsNullOrWhiteSpace(input.City))
        {
            Throw(id, "city", "required, e.g. \"beijing\".");
        }

        Amount(input.BaseSalary, "baseSalary", id);
        NamedAmounts(input.Allowances, "allowances", 0m, id);

        var a = input.Attendance;
        NonNegative(a.ScheduledDays, "attendance.scheduledDays", id);
        NonNegative(a.WorkedDays, "attendance.workedDays", id);
        NonNegative(a.UnpaidLeaveDays, "attendance.unpaidLeaveDays", id);
        Count(a.LateCount, PayrollLimits.MaxLateCount, "attendance.lateCount", id);
        Count(a.LateMinutes, PayrollLimits.MaxLateMinutes, "attendance.lateMinutes", id);
        var days = input.Period.Calendar.GetDaysInMonth(input.Period.Year, input.Period.Month);
        if (a.ScheduledDays > days || a.WorkedDays > days || a.UnpaidLeaveDays > days)
        {
            Throw(id, "attendance", $"days cannot exceed the {days} days of {Format(input.Period)}.");
        }

        Hours(input.Overtime.Workday, "overtime.workday", id);
        Hours(input.Overtime.RestDay, "overtime.restDay", id);
        Hours(input.Overtime.StatutoryHoliday, "overtime.statutoryHoliday", id);
        Amount(input.Performance.BonusBase, "performance.bonusBase", id);
        if (input.Performance.LearningBonusFactor is < 0m or > 1m)
        {
            Throw(id, "performance.learningBonusFactor", $"{Format(input.Performance.LearningBonusFactor)} must be between 0 and 1 (0.10 = +10 %).");
        }

        Amount(input.OtherEarnings, "otherEarnings", id);
        Amount(input.TaxFreeIncome, "taxFreeIncome", id);
        Amount(input.PostTaxDeductions, "postTaxDeductions", id);
        Amount(input.OtherTaxDeductions, "otherTaxDeductions", id);
        Amount(input.AnnualBonus, "annualBonus", id);
        if (input.AnnualBonus > 0 && input.AnnualBonusTaxMethod == AnnualBonusTaxMethod.Separate && !AnnualBonusTax.IsAvailable(input.Period))
        {
            Throw(id, "annualBonusTaxMethod", $"separate taxation of the annual bonus ends with {Format(AnnualBonusTax.AvailableThrough)} (财政部 税务总局公告2023年第30号); use \"merged\".");
        }

        if (input.SocialInsuranceBase is { } siBase)
        {
            Amount(siBase, "socialInsuranceBase", id);
        }

        if (input.HousingFundBase is { } hfBase)
        {
            Amount(hfBase, "housingFundBase", id);
        }

        if (input.ProrationFactor is { } factor && factor is < 0m or > 1m)
        {
            Throw(id, "prorationFactor", $"{Format(factor)} must be between 0 and 1.");
        }

        ValidateDeductions(input.SpecialAdditionalDeductions, id);
        ValidateEmployment(input, id);
        ValidateYearToDate(input, id);
        NamedAmounts(input.CustomInputs, "customInputs", -PayrollLimits.MaxAmount, id);
        foreach (var key in input.CustomInputs.Count == 0 ? [] : input.CustomInputs.Keys)
        {
            if (!policy.CustomInputs.Any(c => string.Equals(c.Name, key, StringComparison.Ordinal)))
            {
                var declared = policy.CustomInputs.Length == 0 ? "it declares none" : "declared: " + string.Join(", ", policy.CustomInputs.Select(c => c.Name));
                Throw(id, $"customInputs.{key}", $"the pay policy '{policy.Name}' has no custom input of that name ({declared}).");
            }
        }
    }

    private static void ValidateDeductions(SpecialAdditionalDeductions d, string id)
    {
        const string P = "specialAdditionalDeductions.";
        Amount(d.ChildEducation, P + "childEducation", id);
        Amount(d.InfantCare, P + "infantCare", id);
        Amount(d.ContinuingEducation, P + "continuingEducation", id);
        Amount(d.HousingLoanInterest, P + "housingLoanInterest", id);
        Amount(d.HousingRent, P + "housingRent", id);
        Amount(d.ElderlySupport, P + "elderlySupport", id);
        if (d.ChildEducation != 0 && d.ChildEducation % 1_000m != 0)
        {
            Throw(id, P + "childEducation", "must be 2 000 per child (or 1 000 when parents split it 50/50).");
        }

        if (d.InfantCare != 0 && d.InfantCare % 1_000m != 0)
        {
            Throw(id, P + "infantCare", "must be 2 000 per child (or 1 000 when parents split it 50/50).");
        }

        if (d.ContinuingEducation > 400m)
        {
            Throw(id, P + "continuingEducation", "monthly withholding allows at most 400 (degree education); certificates are claimed in the annual reconciliation.");
        }

        if (d.HousingLoanInterest > 1_000m)
        {
            Throw(id, P + "housingLoanInterest", "at most 1 000 a month.");
        }

        if (d.HousingRent is not (0m or 800m or 1_100m or 1_500m))
        {
            Throw(id, P + "housingRent", "must be 1 500, 1 100 or 800 by city tier.");
        }

        if (d.HousingRent > 0 && d.HousingLoanInterest > 0)
        {
            Throw(id, P + "housingRent", "housing rent and housing loan interest cannot both be claimed (国发〔2018〕41号 第二十四条).");
        }

        if (d.ElderlySupport > 3_000m)
        {
            Throw(id, P + "elderlySupport", "at most 3 000 a month.");
        }
    }

    private static void ValidateEmployment(EmployeeMonthInput input, string id)
    {
        var first = input.Period.OnDayOfMonth(1);
        var last = input.Period.OnDayOfMonth(input.Period.Calendar.GetDaysInMonth(input.Period.Year, input.Period.Month));
        if (input.HireDate is { } hire && hire > last)
        {
            Throw(id, "hireDate", $"{hire:yyyy-MM-dd} is after the pay month {Format(input.Period)}.");
        }

        if (input.TerminationDate is { } end)
        {
            if (end < first)
            {
                Throw(id, "terminationDate", $"{end:yyyy-MM-dd} is before the pay month {Format(input.Period)}.");
            }

            if (input.HireDate is { } h && end < h)
            {
                Throw(id, "terminationDate", $"{end:yyyy-MM-dd} is before hireDate {h:yyyy-MM-dd}.");
            }
        }
    }

    private static void ValidateYearToDate(EmployeeMonthInput input, string id)
    {
        var ytd = input.YearToDate;
        var joinedThisMonth = input.HireDate is { } hire && hire.Year == input.Period.Year && hire.Month == input.Period.Month;
        if (ytd is null || ytd.ThroughMonth is null)
        {
            if (input.Period.Month != 1 && !joinedThisMonth && ytd is null)
            {
                Throw(id, "yearToDate", $"required for {Format(input.Period)}: cumulative withholding needs the tax year's figures through the previous month (pass the yearToDate of the previous payslip), unless the pay month is January or the employee joined in it (hireDate).");
            }

            return;
        }

        const string P = "yearToDate.";
        YearToDateAmount(ytd.Income, P + "income", id);
        YearToDateAmount(ytd.TaxFreeIncome, P + "taxFreeIncome", id);
        YearToDateAmount(ytd.BasicDeduction, P + "basicDeduction", id);
        YearToDateAmount(ytd.SpecialDeductions, P + "specialDeductions", id);
        YearToDateAmount(ytd.SpecialAdditionalDeductions, P + "specialAdditionalDeductions", id);
        YearToDateAmount(ytd.OtherDeductions, P + "otherDeductions", id);
        YearToDateAmount(ytd.TaxWithheld, P + "taxWithheld", id);
        YearToDateAmount(ytd.TaxableIncome, P + "taxableIncome", id);
        var through = ytd.ThroughMonth.Value;
        if (through.Year == input.Period.Year && through.CompareTo(input.Period) >= 0)
        {
            Throw(id, "yearToDate.throughMonth", $"{Format(through)} is not before the pay month {Format(input.Period)}; pass the state through the previous month.");
        }

        if (through.Year > input.Period.Year)
        {
            Throw(id, "yearToDate.throughMonth", $"{Format(through)} is after the pay month {Format(input.Period)}.");
        }

        if (through.Year < input.Period.Year && input.Period.Month != 1 && !joinedThisMonth)
        {
            Throw(id, "yearToDate.throughMonth", $"{Format(through)} belongs to an earlier tax year; {Format(input.Period)} needs this year's figures through the previous month.");
        }
    }

    private static void NonNegative(decimal value, string field, string id)
    {
        // The sign-bit test first: a decimal comparison costs far more, and this runs ~30 times per employee.
        if (decimal.IsNegative(value) && value != 0)
        {
            Throw(id, field, $"{Format(value)} is negative; it must be 0 or more.");
        }
    }

    private static void Hours(decimal value, string field, string id)
    {
        NonNegative(value, field, id);
        if (value > PayrollLimits.MaxMonthlyHours)
        {
            Throw(id, field, $"{Format(value)} hours is more than a month has ({Format(PayrollLimits.MaxMonthlyHours)}).");
        }
    }

    // Money fields: 0 to PayrollLimits.MaxAmount, so that no sum or product the engine forms can overflow.
    private static void Amount(decimal value, string field, string id)
    {
        NonNegative(value, field, id);
        if (value > PayrollLimits.MaxAmount)
        {
            Throw(id, field, $"{Format(value)} is above the largest amount a field may hold ({Format(PayrollLimits.MaxAmount)} yuan a month, docs/payroll-input.md#bounds).");
        }
    }

    private static void YearToDateAmount(decimal value, string field, string id)
    {
        NonNegative(value, field, id);
        if (value > PayrollLimits.MaxYearToDateAmount)
        {
            Throw(id, field, $"{Format(value)} is above the largest year-to-date figure ({Format(PayrollLimits.MaxYearToDateAmount)} yuan, docs/payroll-input.md#bounds).");
        }
    }

    private static void Count(int value, int max, string field, string id)
    {
        if (value < 0)
        {
            Throw(id, field, $"{value.ToString(CultureInfo.InvariantCulture)} is negative; it must be 0 or more.");
        }

        if (value > max)
        {
            Throw(id, field, $"{value.ToString(CultureInfo.InvariantCulture)} is more than a month can hold ({max.ToString(CultureInfo.InvariantCulture)}).");
        }
    }

    private static void NamedAmounts(IReadOnlyDictionary<string, decimal> amounts, string field, decimal min, string id)
    {
        if (amounts.Count > PayrollLimits.MaxNamedAmounts)
        {
            Throw(id, field, $"{amounts.Count.ToString(CultureInfo.InvariantCulture)} entries; at most {PayrollLimits.MaxNamedAmounts.ToString(CultureInfo.InvariantCulture)} are accepted.");
        }

        if (AmountMap.FirstOutside(amounts, min, PayrollLimits.MaxAmount) is { } bad)
        {
            if (min == 0m)
            {
                Amount(bad.Value, $"{field}.{bad.Key}", id);
            }

            Throw(id, $"{field}.{bad.Key}", $"{Format(bad.Value)} is outside ±{Format(PayrollLimits.MaxAmount)} (docs/payroll-input.md#bounds).");
        }
    }

    private static void Throw(string id, string field, string problem) => throw new PayrollInputException(id, field, problem);

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Format(NodaTime.YearMonth month) => NodaTime.Text.YearMonthPattern.Iso.Format(month);
}
