using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;
using HrKit.Payroll.Policies;
using NodaTime;

namespace HrKit.Payroll.Tests.Engine;

/// <summary>
/// Attendance deductions are capped at the month's pay; a negative gross that remains is refused. Expected values are
/// worked by hand from the standard policy: daily rate = 10 000 / 21.75 = 459.770114…, lateness 50 per arrival.
/// </summary>
public sealed class DeductionCapTests
{
    private static readonly PayrollEngine Engine = new PayrollEngineBuilder().Build();

    private static EmployeeMonthInput Month(decimal unpaidDays, int late) => new()
    {
        EmployeeId = "E1",
        Period = new YearMonth(2026, 1),
        City = "beijing",
        BaseSalary = 10_000m,
        Attendance = new AttendanceInput(22m, 0m, unpaidDays, late, late * 10),
    };

    [Fact]
    public void Calculate_EveryCheckInRejected_CapsDeductionsAtThePayAndGrossIsZero()
    {
        // 22 days × 459.770114… = 10 114.94 > BASE 10 000.00, so unpaid leave takes 10 000.00 and lateness (3 × 50) nothing.
        var slip = Engine.Calculate(Month(22m, 3));

        Assert.Equal(0m, slip.GrossPay);
        Assert.Equal(10_000m, slip.Line("UNPAID_LEAVE")!.Amount);
        Assert.Contains("Capped at 10000.00", slip.Line("UNPAID_LEAVE")!.Explanation, StringComparison.Ordinal);
        Assert.Contains("= 10114.94", slip.Line("UNPAID_LEAVE")!.Explanation, StringComparison.Ordinal);
        Assert.Equal(0m, slip.Line("LATE")!.Amount);
        Assert.Contains("Capped at 0.00", slip.Line("LATE")!.Explanation, StringComparison.Ordinal);
        Assert.Equal(0m, slip.WageTax);
    }

    [Fact]
    public void Calculate_DeductionsJustAboveThePay_TheLastOneTakesWhatIsLeft()
    {
        // 21 × 459.770114… = 9 655.17; lateness 8 × 50 = 400.00 would exceed 10 000 by 55.17, so it is capped at 344.83.
        var slip = Engine.Calculate(Month(21m, 8));

        Assert.Equal(9_655.17m, slip.Line("UNPAID_LEAVE")!.Amount);
        Assert.Equal(344.83m, slip.Line("LATE")!.Amount);
        Assert.Equal(0m, slip.GrossPay);
    }

    [Fact]
    public void Calculate_DeductionsBelowThePay_AreNotCapped()
    {
        // 2 × 459.770114… = 919.54; 2 × 50 = 100.00; gross 10 000 − 1 019.54 = 8 980.46.
        var slip = Engine.Calculate(Month(2m, 2));

        Assert.Equal(919.54m, slip.Line("UNPAID_LEAVE")!.Amount);
        Assert.Equal(100m, slip.Line("LATE")!.Amount);
        Assert.Equal(8_980.46m, slip.GrossPay);
        Assert.DoesNotContain("Capped", slip.Line("LATE")!.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void CalculateSummary_CappedMonth_MatchesThePayslip()
    {
        var input = Month(22m, 3);

        Assert.Equal(Engine.Calculate(input).NetPay, Engine.CalculateSummary(input).NetPay);
        Assert.Equal(0m, Engine.CalculateSummary(input).GrossPay);
    }

    [Fact]
    public void Calculate_PolicyEarningDrivingGrossNegative_IsRejectedNamingTheComponent()
    {
        var policy = PayPolicyLoader.Parse("""
            { "name": "t", "components": [
              { "code": "BASE", "kind": "earning", "formula": "base_salary" },
              { "code": "CLAWBACK", "kind": "earning", "formula": "0 - 2 * base_salary" } ] }
            """);
        var engine = new PayrollEngineBuilder().WithPolicy(policy).Build();

        var result = engine.TryCalculate(Month(0m, 0));

        Assert.False(result.IsSuccess);
        Assert.Equal("CLAWBACK", result.Error.Field);
        Assert.Contains("-20000.00", result.Error.Message, StringComparison.Ordinal);
        Assert.Contains("-10000.00", result.Error.Message, StringComparison.Ordinal);
    }
}
