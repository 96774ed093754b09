using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.China;

/// <summary>
/// Every rule a month of leave and overtime records is checked by, at its edge (accepted) and one step past it
/// (refused naming the JSON path, with the documented text): amounts 0 to <see cref="PayrollLimits.MaxAmount"/>,
/// scheduled days above 0 and at most 31, records inside the month, working days that fit their calendar days, hours 0
/// to 24 a day.
/// </summary>
public sealed class LeaveMonthValidatorBoundaryTests
{
    private static readonly YearMonth September = new(2025, 9);
    private static readonly LocalDate First = new(2025, 9, 1);
    private static readonly LocalDate Last = new(2025, 9, 30);

    private static LeavePayResult Pay(LeaveMonth month, decimal wage = 21_750m, decimal scheduledDays = 22m) =>
        LeavePay.Calculate(LeavePolicy.ChinaStandard, month, new LeavePayContext(wage, scheduledDays, null));

    private static LeaveMonth Month(LeaveRecord[]? leave = null, OvertimeRecord[]? overtime = null, decimal maternityAllowance = 0m) =>
        new() { EmployeeId = "L1", Period = September, Leave = [.. leave ?? []], Overtime = [.. overtime ?? []], MaternityAllowance = maternityAllowance };

    private static (string EmployeeId, string Field, string Problem) Refused(Func<LeavePayResult> pay)
    {
        var ex = Assert.Throws<PayrollInputException>(() => pay());
        return (ex.EmployeeId, ex.Field, ex.Problem);
    }

    [Fact]
    public void MonthlyWage_ZeroAndMaxAmountAccepted_OneFenOutsideRefused()
    {
        Assert.Equal(0m, Pay(Month(), wage: 0m).LeaveDeduction);
        Assert.Equal(0m, Pay(Month(), wage: PayrollLimits.MaxAmount).LeaveDeduction);

        Assert.Equal(("L1", "monthlyWage", "-0.01 must lie between 0 and 1000000000."), Refused(() => Pay(Month(), wage: -0.01m)));
        Assert.Equal(("L1", "monthlyWage", "1000000000.01 must lie between 0 and 1000000000."), Refused(() => Pay(Month(), wage: PayrollLimits.MaxAmount + 0.01m)));
    }

    [Fact]
    public void ScheduledDays_AboveZeroUpTo31Accepted_ZeroAndPast31Refused()
    {
        Assert.Empty(Pay(Month(), scheduledDays: 0.5m).Lines);
        Assert.Empty(Pay(Month(), scheduledDays: 31m).Lines);

        Assert.Equal(("L1", "scheduledDays", "0 must be more than 0 and at most 31 working days."), Refused(() => Pay(Month(), scheduledDays: 0m)));
        Assert.Equal(("L1", "scheduledDays", "31.5 must be more than 0 and at most 31 working days."), Refused(() => Pay(Month(), scheduledDays: 31.5m)));
    }

    [Fact]
    public void MaternityAllowance_ZeroAndMaxAmountAccepted_OneFenOutsideRefused()
    {
        Assert.Equal(0m, Pay(Month(maternityAllowance: PayrollLimits.MaxAmount)).LeaveDeduction);

        Assert.Equal(("L1", "maternityAllowance", "-0.01 must lie between 0 and 1000000000."), Refused(() => Pay(Month(maternityAllowance: -0.01m))));
        Assert.Equal(("L1", "maternityAllowance", "1000000000.01 must lie between 0 and 1000000000."), Refused(() => Pay(Month(maternityAllowance: PayrollLimits.MaxAmount + 0.01m))));
    }

    [Fact]
    public void EmployeeIdMissing_TheRefusalNamesAQuestionMark() =>
        Assert.Equal("?", Refused(() => Pay(Month() with { EmployeeId = null! }, wage: -1m)).EmployeeId);

    [Fact]
    public void LeaveRecord_NullUndefinedTypeOrStatus_RefusedNamingTheField()
    {
        var annual = new LeaveRecord(LeaveType.Annual, new LocalDate(2025, 9, 8), new LocalDate(2025, 9, 8), 1m);

        Assert.Equal(("L1", "leave[1]", "is null; give a leave record."), Refused(() => Pay(Month([annual, null!]))));
        Assert.Equal(("L1", "leave[0].type", "'42' is not a leave type; use annual, sick, personal, marriage, bereavement, maternity or workInjury."),
            Refused(() => Pay(Month([annual with { Type = (LeaveType)42 }]))));
        Assert.Equal(("L1", "leave[0].status", "'7' is not an approval status; use approved, pending or rejected."),
            Refused(() => Pay(Month([annual with { Status = (LeaveApprovalStatus)7 }]))));
    }

    [Fact]
    public void LeaveDays_ZeroAndTheCalendarDaysAccepted_NegativeAndMoreRefused()
    {
        // 8 to 9 September: two calendar days hold at most two working days.
        var twoDays = new LeaveRecord(LeaveType.Annual, new LocalDate(2025, 9, 8), new LocalDate(2025, 9, 9), 2m);

        Assert.Equal([0m, 2m], Pay(Month([twoDays with { Days = 0m }, twoDays])).Lines.Select(l => l.Record.Days));

        Assert.Equal(("L1", "leave[0].days", "-0.5 is negative; give the working days of leave (0.5 for half a day)."), Refused(() => Pay(Month([twoDays with { Days = -0.5m }]))));
        Assert.Equal(("L1", "leave[0].days", "2.5 working days do not fit in 2 calendar days from 2025-09-08 to 2025-09-09."), Refused(() => Pay(Month([twoDays with { Days = 2.5m }]))));
    }

    [Fact]
    public void LeaveDates_TheWholeMonthAccepted_ADayBeyondEitherEndOrAnEndBeforeItsStartRefused()
    {
        var wholeMonth = new LeaveRecord(LeaveType.Annual, First, Last, 22m);

        Assert.Single(Pay(Month([wholeMonth])).Lines);

        Assert.Equal(("L1", "leave[0].start", "2025-08-31..2025-09-30 reaches beyond 2025-09; split a leave across months into one record per month."),
            Refused(() => Pay(Month([wholeMonth with { Start = First.PlusDays(-1) }]))));
        Assert.Equal(("L1", "leave[0].end", "2025-09-01..2025-10-01 reaches beyond 2025-09; split a leave across months into one record per month."),
            Refused(() => Pay(Month([wholeMonth with { End = Last.PlusDays(1) }]))));
        Assert.Equal(("L1", "leave[0].end", "2025-09-09 is before start 2025-09-10."),
            Refused(() => Pay(Month([new LeaveRecord(LeaveType.Annual, new LocalDate(2025, 9, 10), new LocalDate(2025, 9, 9), 0m)]))));
    }

    [Fact]
    public void OvertimeRecord_NullOrUndefinedKind_RefusedNamingTheField()
    {
        var workday = new OvertimeRecord(new LocalDate(2025, 9, 8), OvertimeDayKind.Workday, 2m);

        Assert.Equal(("L1", "overtime[1]", "is null; give an overtime record."), Refused(() => Pay(Month(overtime: [workday, null!]))));
        Assert.Equal(("L1", "overtime[0].kind", "'9' is not a kind of day; use workday, restDay or statutoryHoliday."),
            Refused(() => Pay(Month(overtime: [workday with { Kind = (OvertimeDayKind)9 }]))));
    }

    [Fact]
    public void OvertimeDate_FirstAndLastDayAccepted_TheDayEitherSideRefused()
    {
        var onFirst = new OvertimeRecord(First, OvertimeDayKind.Workday, 1m, ApprovedHours: 1m);

        Assert.Equal(2m, Pay(Month(overtime: [onFirst, onFirst with { Date = Last }])).Overtime.Workday);

        Assert.Equal(("L1", "overtime[0].date", "2025-08-31 is outside 2025-09."), Refused(() => Pay(Month(overtime: [onFirst with { Date = First.PlusDays(-1) }]))));
        Assert.Equal(("L1", "overtime[0].date", "2025-10-01 is outside 2025-09."), Refused(() => Pay(Month(overtime: [onFirst with { Date = Last.PlusDays(1) }]))));
    }

    [Fact]
    public void OvertimeHours_ZeroAnd24Accepted_OutsideRefusedWithTheHoursToTheHundredth()
    {
        var day = new OvertimeRecord(new LocalDate(2025, 9, 8), OvertimeDayKind.RestDay, 0m);

        Assert.Equal(24m, Pay(Month(overtime: [day, day with { Date = new LocalDate(2025, 9, 9), ClockedHours = 24m, ApprovedHours = 24m }])).Overtime.RestDay);
        Assert.Equal(0m, Pay(Month(overtime: [day with { ClockedHours = 3m, ApprovedHours = 0m }])).Overtime.RestDay);

        Assert.Equal(("L1", "overtime[0].clockedHours", "-0.5 must lie between 0 and 24 hours a day."), Refused(() => Pay(Month(overtime: [day with { ClockedHours = -0.5m }]))));
        Assert.Equal(("L1", "overtime[0].clockedHours", "24.13 must lie between 0 and 24 hours a day."), Refused(() => Pay(Month(overtime: [day with { ClockedHours = 24.125m }]))));
        Assert.Equal(("L1", "overtime[0].approvedHours", "-0.25 must lie between 0 and 24 hours a day."), Refused(() => Pay(Month(overtime: [day with { ApprovedHours = -0.25m }]))));
        Assert.Equal(("L1", "overtime[0].approvedHours", "24.5 must lie between 0 and 24 hours a day."), Refused(() => Pay(Month(overtime: [day with { ApprovedHours = 24.5m }]))));
    }
}
