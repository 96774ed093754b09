using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.China;

public sealed class LeavePayInputsTests
{
    private static readonly PayrollEngine Engine = new PayrollEngineBuilder().Build();
    private static readonly YearMonth September = new(2025, 9);

    private static EmployeeMonthInput Employee(decimal salary) => new()
    {
        EmployeeId = "L9", Period = September, City = "beijing", BaseSalary = salary, SocialInsuranceBase = 10_000m,
        Attendance = new AttendanceInput(22m, 19m, 0m, 0, 0), YearToDate = new TaxYearToDate { ThroughMonth = new YearMonth(2025, 8) },
    };

    private static (Payslip Payslip, LeavePayResult Leave) Run(EmployeeMonthInput input, LeaveMonth month)
    {
        var leave = LeavePay.Calculate(LeavePolicy.ChinaStandard, month, new LeavePayContext(input.BaseSalary, input.Attendance.ScheduledDays, MinimumWageTable.BuiltIn.Find(input.City, input.Period)));
        return (Engine.Calculate(leave.ApplyTo(input, !month.Overtime.IsEmpty)), leave);
    }

    [Fact]
    public void ApplyTo_SickLeave_PayslipDeductsFortyPercentOfTheDays()
    {
        // 21 750 → 1 000 a day; 3 sick days at 60 %: LEAVE 1 200, gross 20 550.
        var month = new LeaveMonth
        {
            EmployeeId = "L9", Period = September,
            Leave = [new LeaveRecord(LeaveType.Sick, new LocalDate(2025, 9, 8), new LocalDate(2025, 9, 10), 3m, ApprovalId: "HR-77")],
        };

        var (payslip, _) = Run(Employee(21_750m), month);

        Assert.Equal(1_200m, payslip.Line("LEAVE")!.Amount);
        Assert.Equal(20_550m, payslip.GrossPay);
    }

    [Fact]
    public void ApplyTo_WholeMonthMaternity_AllowanceTaxFreeTopUpTaxable()
    {
        // Wage 21 750 replaced by allowance 15 000 (tax-free) + top-up 6 750: gross stays 21 750, taxable wage 6 750.
        var month = new LeaveMonth
        {
            EmployeeId = "L9", Period = September, MaternityAllowance = 15_000m,
            Leave = [new LeaveRecord(LeaveType.Maternity, new LocalDate(2025, 9, 1), new LocalDate(2025, 9, 30), 22m)],
        };

        var (payslip, _) = Run(Employee(21_750m), month);

        Assert.Equal(22_000m, payslip.Line("LEAVE")!.Amount); // 22 scheduled days × 1 000
        Assert.Equal(7_000m, payslip.Line("MATERNITY_TOP_UP")!.Amount);
        Assert.Equal(15_000m, payslip.Line("TAX_FREE_INCOME")!.Amount);
        Assert.Equal(21_750m, payslip.GrossPay);
        Assert.Equal(21_750m, payslip.YearToDate.Income);
        Assert.Equal(15_000m, payslip.YearToDate.TaxFreeIncome);
    }

    [Fact]
    public void ApplyTo_ApprovedOvertime_PaidAtLabourLawRates()
    {
        // Approved 2 of 3 clocked workday hours; hourly 1 000 / 8 = 125 → 2 × 125 × 1.5 = 375.
        var month = new LeaveMonth
        {
            EmployeeId = "L9", Period = September,
            Overtime = [new OvertimeRecord(new LocalDate(2025, 9, 3), OvertimeDayKind.Workday, 3m, 2m)],
        };

        var (payslip, leave) = Run(Employee(21_750m), month);

        Assert.Equal(375m, payslip.Line("OT_WORKDAY")!.Amount);
        Assert.Equal(1m, leave.UnpaidOvertimeHours);
    }

    [Fact]
    public void ApplyTo_UnpaidDaysAndRecords_RefusedNamingTheField()
    {
        var input = Employee(21_750m) with { Attendance = new AttendanceInput(22m, 21m, 1m, 0, 0) };
        var month = new LeaveMonth { EmployeeId = "L9", Period = September, Leave = [new LeaveRecord(LeaveType.Personal, new LocalDate(2025, 9, 2), new LocalDate(2025, 9, 2), 1m)] };

        var ex = Assert.Throws<PayrollInputException>(() => Run(input, month));
        Assert.Equal("attendance.unpaidLeaveDays", ex.Field);
    }
}
