using System.Globalization;
using HrKit.Payroll.Localization;
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
            Throw(id, "employeeId", "Error.Input.Required");
        }

        // NodaTime refuses to compare dates of different calendars (ArgumentException); every date here is ISO.
        if (input.Period.Calendar != NodaTime.CalendarSystem.Iso)
        {
            Throw(id, "period", "Error.Input.NotIsoCalendar", input.Period.Calendar.Id);
        }

        if ((input.HireDate is { } h && h.Calendar != NodaTime.CalendarSystem.Iso) || (input.TerminationDate is { } t && t.Calendar != NodaTime.CalendarSystem.Iso))
        {
            Throw(id, input.HireDate is { } hd && hd.Calendar != NodaTime.CalendarSystem.Iso ? "hireDate" : "terminationDate", "Error.Input.IsoCalendar");
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
        // FastDecimal.Compare: the operators' answers without their calls (validation runs ~40 checks a payslip).
        if (FastDecimal.Compare(a.ScheduledDays, days) > 0 || FastDecimal.Compare(a.WorkedDays, days) > 0 || FastDecimal.Compare(a.UnpaidLeaveDays, days) > 0)
        {
            Throw(id, "attendance", "Error.Input.AttendanceDays", days, Format(input.Period));
        }

        Hours(input.Overtime.Workday, "overtime.workday", id);
        Hours(input.Overtime.RestDay, "overtime.restDay", id);
        Hours(input.Overtime.StatutoryHoliday, "overtime.statutoryHoliday", id);
        Amount(input.Performance.BonusBase, "performance.bonusBase", id);
        if (FastDecimal.Compare(input.Performance.LearningBonusFactor, 0m) < 0 || FastDecimal.Compare(input.Performance.LearningBonusFactor, 1m) > 0)
        {
            Throw(id, "performance.learningBonusFactor", "Error.Input.LearningBonusFactor", Format(input.Performance.LearningBonusFactor));
        }

        Amount(input.OtherEarnings, "otherEarnings", id);
        Amount(input.TaxFreeIncome, "taxFreeIncome", id);
        Amount(input.PostTaxDeductions, "postTaxDeductions", id);
        Amount(input.AnnualBonus, "annualBonus", id);
        if (input.ProrationFactor is { } factor && factor is < 0m or > 1m)
        {
            Throw(id, "prorationFactor", "Error.Input.BetweenZeroAndOne", Format(factor));
        }

        ValidateEmployment(input, id);
        ValidateJurisdictionYearToDate(input, id);
    }

    /// <summary>The custom inputs against the policy that pays the record (the policy depends on the jurisdiction).</summary>
    public static void ValidateCustomInputs(EmployeeMonthInput input, PayPolicy policy)
    {
        if (input.CustomInputs.Count == 0)
        {
            return;
        }

        var id = input.EmployeeId;
        NamedAmounts(input.CustomInputs, "customInputs", -PayrollLimits.MaxAmount, id);
        foreach (var key in input.CustomInputs.Keys)
        {
            if (!policy.CustomInputs.Any(c => string.Equals(c.Name, key, StringComparison.Ordinal)))
            {
                var declared = policy.CustomInputs.Length == 0
                    ? new LocalText("Error.Input.NoCustomInputs")
                    : new LocalText("Error.Input.DeclaredCustomInputs", string.Join(", ", policy.CustomInputs.Select(c => c.Name)));
                Throw(id, $"customInputs.{key}", "Error.Input.UnknownCustomInput", policy.Name, declared);
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
            Throw(id, P + "jurisdiction", "Error.Input.YearToDateJurisdiction", ytd.Jurisdiction, input.Jurisdiction);
        }

        if (ytd.ThroughMonth.Calendar != NodaTime.CalendarSystem.Iso)
        {
            Throw(id, P + "throughMonth", "Error.Input.IsoCalendar");
        }

        if (ytd.ThroughMonth.CompareTo(input.Period) >= 0)
        {
            Throw(id, P + "throughMonth", "Error.Input.NotBeforePayMonth", Format(ytd.ThroughMonth), Format(input.Period));
        }

        if (ytd.Figures.Count > PayrollLimits.MaxNamedAmounts)
        {
            Throw(id, P + "figures", "Error.Input.TooManyEntries", ytd.Figures.Count.ToString(CultureInfo.InvariantCulture), PayrollLimits.MaxNamedAmounts.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var (name, value) in ytd.Figures)
        {
            if (value is > PayrollLimits.MaxYearToDateAmount or < -PayrollLimits.MaxYearToDateAmount)
            {
                Throw(id, $"{P}figures.{name}", "Error.Input.OutsideBounds", Format(value), Format(PayrollLimits.MaxYearToDateAmount));
            }
        }
    }

    private static void ValidateEmployment(EmployeeMonthInput input, string id)
    {
        if (input.HireDate is null && input.TerminationDate is null)
        {
            return;
        }

        var first = input.Period.OnDayOfMonth(1);
        var last = input.Period.OnDayOfMonth(input.Period.Calendar.GetDaysInMonth(input.Period.Year, input.Period.Month));
        if (input.HireDate is { } hire && hire > last)
        {
            Throw(id, "hireDate", "Error.Input.HireAfterMonth", hire, Format(input.Period));
        }

        if (input.TerminationDate is { } end)
        {
            if (end < first)
            {
                Throw(id, "terminationDate", "Error.Input.TerminationBeforeMonth", end, Format(input.Period));
            }

            if (input.HireDate is { } h && end < h)
            {
                Throw(id, "terminationDate", "Error.Input.TerminationBeforeHire", end, h);
            }
        }
    }

    // The bounds as whole numbers: a decimal is its 96-bit integer over 10^scale, so a non-negative one whose integer is
    // at most the bound is within it whatever its scale. Most amounts (fen below ten million yuan) pass on this test alone,
    // without the decimal comparison, which costs a call and a rescale; anything else takes the exact comparison below.
    private const ulong MaxAmountUnits = (ulong)PayrollLimits.MaxAmount;
    private const ulong MaxYearToDateUnits = (ulong)PayrollLimits.MaxYearToDateAmount;
    private const ulong MaxHoursUnits = (ulong)PayrollLimits.MaxMonthlyHours;

    // Reads the decimal's fields in place (FastDecimal): GetBits into a stackalloc'd span cost a stack-guard check per call.
    internal static bool IsSmallNonNegative(decimal value, ulong maxUnits) =>
        !decimal.IsNegative(value) && FastDecimal.IntegerIsAtMost(value, maxUnits);

    internal static void NonNegative(decimal value, string field, string id)
    {
        // The sign-bit test first: a decimal comparison costs far more, and this runs ~30 times per employee.
        if (decimal.IsNegative(value) && value != 0)
        {
            Throw(id, field, "Error.Input.Negative", Format(value));
        }
    }

    private static void Hours(decimal value, string field, string id)
    {
        if (IsSmallNonNegative(value, MaxHoursUnits))
        {
            return;
        }

        NonNegative(value, field, id);
        if (value > PayrollLimits.MaxMonthlyHours)
        {
            Throw(id, field, "Error.Input.TooManyHours", Format(value), Format(PayrollLimits.MaxMonthlyHours));
        }
    }

    // Money fields: 0 to PayrollLimits.MaxAmount, so that no sum or product the engine forms can overflow.
    internal static void Amount(decimal value, string field, string id)
    {
        if (IsSmallNonNegative(value, MaxAmountUnits))
        {
            return;
        }

        NonNegative(value, field, id);
        if (value > PayrollLimits.MaxAmount)
        {
            Throw(id, field, "Error.Input.AboveMaxAmount", Format(value), Format(PayrollLimits.MaxAmount));
        }
    }

    // Inlined: eight a payslip (China's year-to-date state), and nearly all pass on the first test.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static void YearToDateAmount(decimal value, string field, string id)
    {
        if (!IsSmallNonNegative(value, MaxYearToDateUnits))
        {
            YearToDateAmountOutsideFastPath(value, field, id);
        }
    }

    private static void YearToDateAmountOutsideFastPath(decimal value, string field, string id)
    {
        NonNegative(value, field, id);
        if (value > PayrollLimits.MaxYearToDateAmount)
        {
            Throw(id, field, "Error.Input.AboveMaxYearToDate", Format(value), Format(PayrollLimits.MaxYearToDateAmount));
        }
    }

    private static void Count(int value, int max, string field, string id)
    {
        if (value < 0)
        {
            Throw(id, field, "Error.Input.Negative", value.ToString(CultureInfo.InvariantCulture));
        }

        if (value > max)
        {
            Throw(id, field, "Error.Input.AboveMonthCount", value.ToString(CultureInfo.InvariantCulture), max.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void NamedAmounts(IReadOnlyDictionary<string, decimal> amounts, string field, decimal min, string id)
    {
        if (amounts.Count > PayrollLimits.MaxNamedAmounts)
        {
            Throw(id, field, "Error.Input.TooManyEntries", amounts.Count.ToString(CultureInfo.InvariantCulture), PayrollLimits.MaxNamedAmounts.ToString(CultureInfo.InvariantCulture));
        }

        if (AmountMap.FirstOutside(amounts, min, PayrollLimits.MaxAmount) is { } bad)
        {
            if (min == 0m)
            {
                Amount(bad.Value, $"{field}.{bad.Key}", id);
            }

            Throw(id, $"{field}.{bad.Key}", "Error.Input.OutsideBounds", Format(bad.Value), Format(PayrollLimits.MaxAmount));
        }
    }

    // The problem as a resource text (Error.Input.*): the exception's Message is English, PayrollLocalizer.ErrorMessage shows it in Chinese.
    internal static void Throw(string id, string field, string key, params object?[] arguments) =>
        throw new PayrollInputException(id, field, new LocalText(key, arguments));

    internal static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string Format(NodaTime.YearMonth month) => NodaTime.Text.YearMonthPattern.Iso.Format(month);
}
