using System.Globalization;
using HrKit.Payroll.Model;
using HrKit.Payroll.Policies;

namespace HrKit.Payroll.Engine;

/// <summary>
/// Checks an employee-month before anything is computed, so a bad record fails whole and names its field
/// (as the JSON path in docs/payroll-input.md) instead of producing a wrong payslip.
/// </summary>
internal static class InputValidator
{
    public static void Validate(EmployeeMonthInput input)
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
        Amount(input.AnnualBonus, "annualBonus", id);
        if (input.ProrationFactor is { } factor && factor is < 0m or > 1m)
        {
            Throw(id, "prorationFactor", $"{Format(factor)} must be between 0 and 1.");
        }

        ValidateEmployment(input, id);
        ValidateJurisdictionYearToDate(input, id);
    }

    /// <summary>The custom inputs against the policy that pays the record (the policy depends on the jurisdiction).</summary>
    public static void ValidateCustomInputs(EmployeeMonthInput input, PayPolicy policy)
    {
        var id = input.EmployeeId;
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

    // The pack's state: its own figures are the pack's to check by name; the engine checks what every state shares.
    private static void ValidateJurisdictionYearToDate(EmployeeMonthInput input, string id)
    {
        if (input.JurisdictionYearToDate is not { } ytd)
        {
            return;
        }

        const string P = "jurisdictionYearToDate.";
        if (!string.Equals(ytd.Jurisdiction, input.Jurisdiction, StringComparison.OrdinalIgnoreCase))
        {
            Throw(id, P + "jurisdiction", $"'{ytd.Jurisdiction}' is not the record's jurisdiction '{input.Jurisdiction}'; pass the state of the previous payslip in the same jurisdiction.");
        }

        if (ytd.ThroughMonth.Calendar != NodaTime.CalendarSystem.Iso)
        {
            Throw(id, P + "throughMonth", "must be in the ISO calendar.");
        }

        if (ytd.ThroughMonth.CompareTo(input.Period) >= 0)
        {
            Throw(id, P + "throughMonth", $"{Format(ytd.ThroughMonth)} is not before the pay month {Format(input.Period)}; pass the state through the previous month.");
        }

        if (ytd.Figures.Count > PayrollLimits.MaxNamedAmounts)
        {
            Throw(id, P + "figures", $"{ytd.Figures.Count.ToString(CultureInfo.InvariantCulture)} entries; at most {PayrollLimits.MaxNamedAmounts.ToString(CultureInfo.InvariantCulture)} are accepted.");
        }

        foreach (var (name, value) in ytd.Figures)
        {
            if (value is > PayrollLimits.MaxYearToDateAmount or < -PayrollLimits.MaxYearToDateAmount)
            {
                Throw(id, $"{P}figures.{name}", $"{Format(value)} is outside ±{Format(PayrollLimits.MaxYearToDateAmount)} (docs/payroll-input.md#bounds).");
            }
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

    internal static void NonNegative(decimal value, string field, string id)
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
    internal static void Amount(decimal value, string field, string id)
    {
        NonNegative(value, field, id);
        if (value > PayrollLimits.MaxAmount)
        {
            Throw(id, field, $"{Format(value)} is above the largest amount a field may hold ({Format(PayrollLimits.MaxAmount)} a month in the jurisdiction's currency, docs/payroll-input.md#bounds).");
        }
    }

    internal static void YearToDateAmount(decimal value, string field, string id)
    {
        NonNegative(value, field, id);
        if (value > PayrollLimits.MaxYearToDateAmount)
        {
            Throw(id, field, $"{Format(value)} is above the largest year-to-date figure ({Format(PayrollLimits.MaxYearToDateAmount)} in the jurisdiction's currency, docs/payroll-input.md#bounds).");
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

    internal static void Throw(string id, string field, string problem) => throw new PayrollInputException(id, field, problem);

    internal static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string Format(NodaTime.YearMonth month) => NodaTime.Text.YearMonthPattern.Iso.Format(month);
}
