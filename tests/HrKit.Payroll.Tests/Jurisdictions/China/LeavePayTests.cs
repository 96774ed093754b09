using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.China;

public sealed class LeavePayTests
{
    private static readonly YearMonth September = new(2025, 9);
    private static readonly MinimumWage Beijing = MinimumWageTable.BuiltIn.Find("beijing", September)!; // 2 540

    // 21 750 a month → 1 000 a day (÷ 21.75): every figure below is hand-computed from that.
    private static LeavePayResult Pay(decimal wage, params LeaveRecord[] leave) =>
        LeavePay.Calculate(LeavePolicy.ChinaStandard, new LeaveMonth { EmployeeId = "L1", Period = September, Leave = [.. leave] }, new LeavePayContext(wage, 22m, Beijing));

    private static LeaveRecord Leave(LeaveType type, decimal days, int from = 8, int to = 12, LeaveApprovalStatus status = LeaveApprovalStatus.Approved) =>
        new(type, new LocalDate(2025, 9, from), new LocalDate(2025, 9, to), days, status);

    [Theory]
    [InlineData(LeaveType.Annual, 2, 0)]
    [InlineData(LeaveType.Marriage, 3, 0)]
    [InlineData(LeaveType.Bereavement, 1, 0)]
    [InlineData(LeaveType.WorkInjury, 5, 0)]
    [InlineData(LeaveType.Personal, 1.5, 1_500)]
    [InlineData(LeaveType.Sick, 3, 1_200)]   // 3 000 × 60 % = 1 800 paid (floor 2 540 × 0.8 × 3 / 21.75 = 280.28 is lower)
    public void Calculate_StandardPolicy_DeductsByType(LeaveType type, decimal days, decimal deduction)
    {
        var result = Pay(21_750m, Leave(type, days));

        Assert.Equal(deduction, result.LeaveDeduction);
        Assert.Equal(days * 1_000m - deduction, result.Lines.Single().Paid);
    }

    [Fact]
    public void Calculate_SickPayBelowFloor_RaisedToEightyPercentOfMinimumWage()
    {
        // 2 900 a month, 10 sick days: full 2 900 × 10 / 21.75 = 1 333.33; 60 % = 800.00;
        // floor 2 540 × 0.8 × 10 / 21.75 = 934.25 → paid 934.25, deducted 399.08.
        var line = Pay(2_900m, Leave(LeaveType.Sick, 10m, 1, 14)).Lines.Single();

        Assert.Equal(1_333.33m, line.FullPay);
        Assert.Equal(934.25m, line.Paid);
        Assert.Equal(399.08m, line.Deduction);
        Assert.Contains("raised to 934.25", line.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_SickPayFloorAboveFullWage_NeverPaysMoreThanTheDays()
    {
        // 1 000 a month (part of a month's wage): full 5 days = 229.89; floor 467.13 would exceed it → capped at full.
        var line = Pay(1_000m, Leave(LeaveType.Sick, 5m)).Lines.Single();

        Assert.Equal(229.89m, line.Paid);
        Assert.Equal(0m, line.Deduction);
    }

    [Fact]
    public void Calculate_MaternityAllowanceBelowWage_EmployerTopsUp()
    {
        // Whole month on maternity leave: wage 21 750 removed; allowance 15 000 (tax-free) plus top-up 6 750.
        var month = new LeaveMonth
        {
            EmployeeId = "M1", Period = September, MaternityAllowance = 15_000m,
            Leave = [new LeaveRecord(LeaveType.Maternity, new LocalDate(2025, 9, 1), new LocalDate(2025, 9, 30), 21.75m)],
        };

        var result = LeavePay.Calculate(LeavePolicy.ChinaStandard, month, new LeavePayContext(21_750m, 22m, Beijing));

        Assert.Equal(21_750m, result.LeaveDeduction);
        Assert.Equal(6_750m, result.MaternityTopUp);
        Assert.Equal(15_000m, result.MaternityAllowance);
    }

    [Fact]
    public void Calculate_MaternityAllowanceAboveWage_NoTopUp()
    {
        var month = new LeaveMonth
        {
            EmployeeId = "M2", Period = September, MaternityAllowance = 30_000m,
            Leave = [new LeaveRecord(LeaveType.Maternity, new LocalDate(2025, 9, 1), new LocalDate(2025, 9, 30), 21.75m)],
        };

        Assert.Equal(0m, LeavePay.Calculate(LeavePolicy.ChinaStandard, month, new LeavePayContext(21_750m, 22m, Beijing)).MaternityTopUp);
    }

    [Theory]
    [InlineData(LeaveApprovalStatus.Pending)]
    [InlineData(LeaveApprovalStatus.Rejected)]
    public void Calculate_AnnualLeaveNotApproved_Unpaid(LeaveApprovalStatus status)
    {
        var line = Pay(21_750m, Leave(LeaveType.Annual, 2m, status: status)).Lines.Single();

        Assert.Equal(2_000m, line.Deduction);
        Assert.Contains("not approved", line.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("approved", 2, 0, 9)]
    [InlineData("clocked", 3, 8, 0)]
    public void Calculate_OvertimeBasis_PolicyChooses(string basis, decimal workday, decimal restDay, decimal unpaid)
    {
        var policy = LeavePolicyLoader.Load(LeavePolicyLoader.ChinaStandardJson().Replace("\"overtime\": \"approved\"", $"\"overtime\": \"{basis}\"", StringComparison.Ordinal), "p.json");
        var month = new LeaveMonth
        {
            EmployeeId = "O1", Period = September,
            Overtime =
            [
                new OvertimeRecord(new LocalDate(2025, 9, 3), OvertimeDayKind.Workday, 3m, 2m, "OT-1"),
                new OvertimeRecord(new LocalDate(2025, 9, 6), OvertimeDayKind.RestDay, 8m),
            ],
        };

        var result = LeavePay.Calculate(policy, month, new LeavePayContext(21_750m, 22m, Beijing));

        Assert.Equal(new OvertimeHours(workday, restDay, 0m), result.Overtime);
        Assert.Equal(unpaid, result.UnpaidOvertimeHours);
    }

    [Fact]
    public void Calculate_NegativeDays_NamesTheField()
    {
        var ex = Assert.Throws<PayrollInputException>(() => Pay(21_750m, Leave(LeaveType.Annual, 1m), Leave(LeaveType.Sick, -1m)));
        Assert.Equal("leave[1].days", ex.Field);
        Assert.Contains("is negative", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_LeaveBeyondTheMonth_NamesTheEnd()
    {
        var record = new LeaveRecord(LeaveType.Annual, new LocalDate(2025, 9, 29), new LocalDate(2025, 10, 2), 4m);

        var ex = Assert.Throws<PayrollInputException>(() => Pay(21_750m, record));
        Assert.Equal("leave[0].end", ex.Field);
        Assert.Contains("reaches beyond 2025-09", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_UnknownLeaveType_NamesTheType()
    {
        var ex = Assert.Throws<PayrollInputException>(() => Pay(21_750m, Leave((LeaveType)42, 1m)));
        Assert.Equal("leave[0].type", ex.Field);
    }

    [Fact]
    public void Calculate_MoreDaysThanScheduled_NamesLeave()
    {
        var ex = Assert.Throws<PayrollInputException>(() => Pay(21_750m, Leave(LeaveType.Annual, 5m, 1, 7), Leave(LeaveType.Sick, 18m, 8, 30)));
        Assert.Equal("leave", ex.Field);
        Assert.Contains("23 leave days in total exceed the 22 scheduled", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_MoreDaysThanTheDates_NamesDays()
    {
        var ex = Assert.Throws<PayrollInputException>(() => Pay(21_750m, Leave(LeaveType.Annual, 3m, 8, 9)));
        Assert.Equal("leave[0].days", ex.Field);
    }

    [Fact]
    public void Calculate_OvertimeOutsideMonth_NamesDate()
    {
        var month = new LeaveMonth { EmployeeId = "O2", Period = September, Overtime = [new OvertimeRecord(new LocalDate(2025, 10, 1), OvertimeDayKind.StatutoryHoliday, 8m, 8m)] };

        var ex = Assert.Throws<PayrollInputException>(() => LeavePay.Calculate(LeavePolicy.ChinaStandard, month, new LeavePayContext(21_750m, 22m, Beijing)));
        Assert.Equal("overtime[0].date", ex.Field);
    }
}
