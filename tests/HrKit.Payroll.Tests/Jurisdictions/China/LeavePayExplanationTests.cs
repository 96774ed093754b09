using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.China;

/// <summary>
/// Each leave line's explanation in full, worked by hand from 21 750 a month (1 000 a day at 21.75 pay days,
/// 劳社部发〔2008〕3号): the days, the daily wage, the rule and the leave type's name in both languages; the overtime
/// hours of each kind of day; the arguments.
/// </summary>
public sealed class LeavePayExplanationTests
{
    private static readonly YearMonth September = new(2025, 9);
    private static readonly MinimumWage Beijing = MinimumWageTable.BuiltIn.Find("beijing", September)!; // 2 540

    private static LeaveRecord Leave(LeaveType type, decimal days, LeaveApprovalStatus status = LeaveApprovalStatus.Approved) =>
        new(type, new LocalDate(2025, 9, 8), new LocalDate(2025, 9, 12), days, status);

    private static LeavePayResult Pay(MinimumWage? minimum, params LeaveRecord[] leave) =>
        LeavePay.Calculate(LeavePolicy.ChinaStandard, new LeaveMonth { EmployeeId = "X1", Period = September, Leave = [.. leave] }, new LeavePayContext(21_750m, 22m, minimum));

    [Fact]
    public void Explanation_FullAndUnpaidTypes_DaysDailyWageAndTheTypesName()
    {
        var lines = Pay(Beijing,
            Leave(LeaveType.Annual, 2m), Leave(LeaveType.Marriage, 1m), Leave(LeaveType.Bereavement, 1m), Leave(LeaveType.WorkInjury, 1m),
            Leave(LeaveType.Personal, 1.5m)).Lines;

        Assert.Equal(
        [
            "2 days × daily wage 1000 paid in full (annual leave 年休假).",
            "1 days × daily wage 1000 paid in full (marriage leave 婚假).",
            "1 days × daily wage 1000 paid in full (bereavement leave 丧假).",
            "1 days × daily wage 1000 paid in full (work-injury leave 停工留薪期).",
            "1.5 days × daily wage 1000 deducted (personal leave 事假, unpaid).",
        ], lines.Select(l => l.Explanation));
    }

    [Fact]
    public void Explanation_LeaveNotApproved_DeductedUntilApproved()
    {
        var lines = Pay(Beijing, Leave(LeaveType.Sick, 2m, LeaveApprovalStatus.Rejected), Leave(LeaveType.Annual, 1m, LeaveApprovalStatus.Pending),
            Leave(LeaveType.Maternity, 1m, LeaveApprovalStatus.Pending)).Lines;

        Assert.Equal(
        [
            "2 days of sick leave 病假 rejected, not approved: deducted at daily wage 1000 until approved.",
            "1 days of annual leave 年休假 pending, not approved: deducted at daily wage 1000 until approved.",
            "1 days of maternity leave 产假 pending, not approved: deducted at daily wage 1000 until approved.",
        ], lines.Select(l => l.Explanation));
        Assert.Equal(4_000m, lines.Sum(l => l.Deduction));
    }

    [Fact]
    public void Explanation_SickPay_ShareAndTheFloorOrItsAbsence()
    {
        // 3 × 1 000 × 60 % = 1 800; floor 2 540 × 80 % × 3 / 21.75 = 280.28, lower, so 1 800 is paid.
        Assert.Equal(
            "3 sick days × daily wage 1000 × 60 % = 1800; floor 80 % of beijing's minimum wage 2540 for the days = 280.28 (劳部发〔1995〕309号 art. 59).",
            Pay(Beijing, Leave(LeaveType.Sick, 3m)).Lines.Single().Explanation);
        Assert.Equal(
            "3 sick days × daily wage 1000 × 60 % = 1800; no minimum wage known for the city, so the 80 % floor was not checked.",
            Pay(null, Leave(LeaveType.Sick, 3m)).Lines.Single().Explanation);
    }

    [Fact]
    public void Maternity_RecordsOfNoDays_TheAllowanceFallsToTheLastWithoutDividingByZero()
    {
        var month = new LeaveMonth { EmployeeId = "X1", Period = September, Leave = [Leave(LeaveType.Maternity, 0m), Leave(LeaveType.Maternity, 0m)], MaternityAllowance = 1_000m };

        var result = LeavePay.Calculate(LeavePolicy.ChinaStandard, month, new LeavePayContext(21_750m, 22m, Beijing));

        Assert.Equal(
        [
            "0 maternity days: wage 0 replaced by the maternity allowance 0; employer top-up 0.",
            "0 maternity days: wage 0 replaced by the maternity allowance 1000; employer top-up 0.",
        ], result.Lines.Select(l => l.Explanation));
        Assert.Equal((0m, 1_000m), (result.MaternityTopUp, result.MaternityAllowance));
    }

    [Fact]
    public void Overtime_EachKindOfDay_ItsOwnHours()
    {
        OvertimeRecord Day(int day, OvertimeDayKind kind, decimal hours) => new(new LocalDate(2025, 9, day), kind, hours, hours);
        var month = new LeaveMonth
        {
            EmployeeId = "X1", Period = September,
            Overtime = [Day(8, OvertimeDayKind.Workday, 2m), Day(13, OvertimeDayKind.RestDay, 5m), Day(14, OvertimeDayKind.StatutoryHoliday, 3m), Day(15, OvertimeDayKind.StatutoryHoliday, 1.5m)],
        };

        var hours = LeavePay.Calculate(LeavePolicy.ChinaStandard, month, new LeavePayContext(21_750m, 22m, Beijing)).Overtime;

        Assert.Equal(new OvertimeHours(2m, 5m, 4.5m), hours);
    }

    [Fact]
    public void Calculate_NullArguments_ThrowArgumentNullNamingThem()
    {
        var month = new LeaveMonth { EmployeeId = "X1", Period = September };
        var context = new LeavePayContext(21_750m, 22m, Beijing);

        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => LeavePay.Calculate(null!, month, context)).ParamName);
        Assert.Equal("month", Assert.Throws<ArgumentNullException>(() => LeavePay.Calculate(LeavePolicy.ChinaStandard, null!, context)).ParamName);
        Assert.Equal("context", Assert.Throws<ArgumentNullException>(() => LeavePay.Calculate(LeavePolicy.ChinaStandard, month, null!)).ParamName);
    }
}
