using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.China;

/// <summary>
/// Leave pay at the places a one-character change would still pass the main tests: the maternity allowance split over
/// two records, sick pay where no minimum wage is known, and what <see cref="LeavePayInputs.ApplyTo"/> refuses or carries.
/// </summary>
public sealed class LeavePayBoundaryTests
{
    private static readonly YearMonth September = new(2025, 9);
    private static readonly MinimumWage Beijing = MinimumWageTable.BuiltIn.Find("beijing", September)!; // 2 540

    private static LeaveRecord Leave(LeaveType type, int from, int to, decimal days, LeaveApprovalStatus status = LeaveApprovalStatus.Approved) =>
        new(type, new LocalDate(2025, 9, from), new LocalDate(2025, 9, to), days, status);

    [Fact]
    public void Calculate_AllowanceOverTwoMaternityRecords_SplitByDaysTheLastTakingTheRest()
    {
        // 21 750 a month → 1 000 a day. Allowance 10 000 over 5 + 10 approved days: the first record's share is
        // 10 000 × 5 / 15 = 3 333.33 (top-up 5 000 − 3 333.33 = 1 666.67), the last takes the rest 6 666.67 (top-up
        // 10 000 − 6 666.67 = 3 333.33). The pending record is unpaid and has no share of the allowance.
        var month = new LeaveMonth
        {
            EmployeeId = "M3", Period = September, MaternityAllowance = 10_000m,
            Leave =
            [
                Leave(LeaveType.Maternity, 1, 5, 5m),
                Leave(LeaveType.Maternity, 22, 23, 2m, LeaveApprovalStatus.Pending),
                Leave(LeaveType.Maternity, 8, 19, 10m),
            ],
        };

        var result = LeavePay.Calculate(LeavePolicy.ChinaStandard, month, new LeavePayContext(21_750m, 22m, Beijing));

        Assert.Equal([1_666.67m, 0m, 3_333.33m], result.Lines.Select(l => l.Paid));
        Assert.Equal([5_000m, 2_000m, 10_000m], result.Lines.Select(l => l.Deduction));
        Assert.Equal(5_000m, result.MaternityTopUp);
        Assert.Equal(17_000m, result.LeaveDeduction);
        Assert.Contains("replaced by the maternity allowance 3333.33; employer top-up 1666.67", result.Lines[0].Explanation, StringComparison.Ordinal);
        Assert.Contains("replaced by the maternity allowance 6666.67; employer top-up 3333.33", result.Lines[2].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_SickPayWithoutAMinimumWage_PolicyShareOnly()
    {
        // 3 sick days × 1 000 × 60 % = 1 800 paid, 1 200 deducted; no floor to compare with.
        var month = new LeaveMonth { EmployeeId = "S1", Period = September, Leave = [Leave(LeaveType.Sick, 8, 10, 3m)] };

        var line = LeavePay.Calculate(LeavePolicy.ChinaStandard, month, new LeavePayContext(21_750m, 22m, null)).Lines.Single();

        Assert.Equal(1_800m, line.Paid);
        Assert.Equal(1_200m, line.Deduction);
        Assert.EndsWith("; no minimum wage known for the city, so the 80 % floor was not checked.", line.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_SickPayAboveTheFloor_NotRaised()
    {
        var month = new LeaveMonth { EmployeeId = "S2", Period = September, Leave = [Leave(LeaveType.Sick, 8, 10, 3m)] };

        var line = LeavePay.Calculate(LeavePolicy.ChinaStandard, month, new LeavePayContext(21_750m, 22m, Beijing)).Lines.Single();

        // Floor 2 540 × 0.8 × 3 / 21.75 = 280.28, below the share 1 800.
        Assert.Equal(1_800m, line.Paid);
        Assert.EndsWith("= 280.28 (劳部发〔1995〕309号 art. 59).", line.Explanation, StringComparison.Ordinal);
    }

    private static readonly EmployeeMonthInput Input = new()
    {
        EmployeeId = "L9", Period = September, City = "beijing", BaseSalary = 21_750m, TaxFreeIncome = 100m,
        Overtime = new OvertimeHours(1m, 0m, 0m),
    };

    private static LeavePayResult Result(int lines = 1) => new(
        [.. Enumerable.Repeat(new LeavePayLine(Leave(LeaveType.Personal, 2, 2, 1m), new LeavePayRule(LeaveType.Personal, LeavePayMode.Unpaid, 0m), 1_000m, 0m, 1_000m, "x"), lines)],
        1_000m, 250m, 400m, new OvertimeHours(2m, 3m, 0m), 0m);

    [Fact]
    public void ApplyTo_RecordsWithoutOvertimeRecords_CustomInputsAndAllowanceAddedOvertimeKept()
    {
        var applied = Result().ApplyTo(Input, hasOvertimeRecords: false);

        Assert.Equal(1_000m, applied.CustomInputs[LeavePayInputs.LeaveDeductionInput]);
        Assert.Equal(250m, applied.CustomInputs[LeavePayInputs.MaternityTopUpInput]);
        Assert.Equal(500m, applied.TaxFreeIncome); // 100 given + 400 allowance
        Assert.Equal(new OvertimeHours(1m, 0m, 0m), applied.Overtime);
    }

    [Fact]
    public void ApplyTo_OvertimeRecordsAndNoOvertimeGiven_TheRecordsHours()
    {
        var applied = Result().ApplyTo(Input with { Overtime = default }, hasOvertimeRecords: true);

        Assert.Equal(new OvertimeHours(2m, 3m, 0m), applied.Overtime);
    }

    [Fact]
    public void ApplyTo_OvertimeGivenTwice_RefusedNamingOvertime()
    {
        var ex = Assert.Throws<PayrollInputException>(() => Result().ApplyTo(Input, hasOvertimeRecords: true));

        Assert.Equal(("overtime", "give overtime either as hours or as overtime records, not both."), (ex.Field, ex.Problem));
    }

    [Fact]
    public void ApplyTo_UnpaidDaysAndLeaveRecords_RefusedSayingTheyWouldDeductTwice()
    {
        var ex = Assert.Throws<PayrollInputException>(() => Result().ApplyTo(Input with { Attendance = new AttendanceInput(22m, 21m, 1m, 0, 0) }, hasOvertimeRecords: false));

        Assert.Equal(("attendance.unpaidLeaveDays", "give personal leave either as unpaidLeaveDays or as leave records, not both (the records would deduct it twice)."), (ex.Field, ex.Problem));
    }

    [Fact]
    public void ApplyTo_UnpaidDaysButNoLeaveRecords_Accepted()
    {
        var input = Input with { Attendance = new AttendanceInput(22m, 21m, 1m, 0, 0) };

        Assert.Equal(1m, Result(lines: 0).ApplyTo(input, hasOvertimeRecords: false).Attendance.UnpaidLeaveDays);
    }

    [Theory]
    [InlineData(LeavePayInputs.LeaveDeductionInput)]
    [InlineData(LeavePayInputs.MaternityTopUpInput)]
    public void ApplyTo_CustomInputAlreadyGiven_RefusedNamingIt(string name)
    {
        var input = Input with { CustomInputs = new Dictionary<string, decimal> { [name] = 0m } };

        var ex = Assert.Throws<PayrollInputException>(() => Result().ApplyTo(input, hasOvertimeRecords: false));

        Assert.Equal(($"customInputs.{name}", "is set by the leave records; remove it from the input."), (ex.Field, ex.Problem));
    }

    [Fact]
    public void ApplyTo_OtherCustomInputs_Kept() =>
        Assert.Equal(7m, Result().ApplyTo(Input with { CustomInputs = new Dictionary<string, decimal> { ["bonus_days"] = 7m } }, false).CustomInputs["bonus_days"]);

    [Fact]
    public void ApplyTo_NullArguments_ThrowArgumentNull()
    {
        Assert.Equal("result", Assert.Throws<ArgumentNullException>(() => LeavePayInputs.ApplyTo(null!, Input, false)).ParamName);
        Assert.Equal("input", Assert.Throws<ArgumentNullException>(() => Result().ApplyTo(null!, false)).ParamName);
    }
}
