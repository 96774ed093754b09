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

    private static PayrollResult PayUnder(string components) =>
        new PayrollEngineBuilder().WithPolicy(PayPolicyLoader.Parse($$"""{ "name": "t", "components": [ {{components}} ] }""")).Build()
            .TryCalculate(Month(0m, 0));

    [Theory]
    // A 12 000 fine and an 11 000 refund (a negative deduction) net 1 000 against 10 000 of pay: nothing to cap,
    // gross 10 000 − 12 000 + 11 000 = 9 000 (capping the fine alone at the pay would give 0 + 11 000).
    [InlineData(-11_000, 12_000, 9_000)]
    // A 2 000 refund: the deductions net exactly the pay, nothing to cap, gross 0 (capping the fine alone would leave 2 000).
    [InlineData(-2_000, 12_000, 0)]
    // A 1 000 refund: in evaluation order the fine takes all 10 000 (capped), then the refund gives 1 000 back:
    // deductions 10 000 − 1 000 = 9 000, gross 1 000.
    [InlineData(-1_000, 10_000, 1_000)]
    public void Calculate_FineThenRefund_DeductionsTakeWhatPayIsLeftInOrder(int refund, int fineTaken, int gross)
    {
        var result = PayUnder($$"""
            { "code": "BASE", "kind": "earning", "formula": "base_salary" },
            { "code": "FINE", "kind": "deduction", "formula": "12000" },
            { "code": "REFUND", "kind": "deduction", "formula": "{{refund}}" }
            """);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(fineTaken, result.Payslip!.Line("FINE")!.Amount);
        Assert.Equal(refund, result.Payslip.Line("REFUND")!.Amount);
        Assert.Equal(gross, result.Payslip.GrossPay);
    }

    [Fact]
    public void Calculate_OnlyComponentNegative_IsRejectedNamingIt()
    {
        // One earning of −10 000: it is the component to blame, and the month's pay is −10 000.
        var result = PayUnder("""{ "code": "CLAWBACK", "kind": "earning", "formula": "0 - base_salary" }""");

        Assert.False(result.IsSuccess);
        Assert.Equal("CLAWBACK", result.Error!.Field);
        Assert.Equal("gives -10000.00, which leaves the month's pay from the policy at -10000.00; a payslip cannot pay less than nothing — check the formula and the inputs it reads.",
            result.Error.Message);
    }

    [Fact]
    public void Calculate_FirstComponentTheMostNegative_IsTheOneNamed()
    {
        // CLAWBACK (−20 000) comes first and BASE (+10 000) second: pay −10 000, and the first component is the one to blame.
        var result = PayUnder("""
            { "code": "CLAWBACK", "kind": "earning", "formula": "0 - 2 * base_salary" },
            { "code": "BASE", "kind": "earning", "formula": "base_salary" }
            """);

        Assert.Equal("CLAWBACK", result.Error!.Field);
        Assert.StartsWith("gives -20000.00, which leaves the month's pay from the policy at -10000.00;", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_TwoEquallyNegativeComponents_TheFirstIsNamed()
    {
        // 10 000 − 15 000 − 15 000 = −20 000; both clawbacks take 15 000, and the first of them is named.
        var result = PayUnder("""
            { "code": "BASE", "kind": "earning", "formula": "base_salary" },
            { "code": "CLAW1", "kind": "earning", "formula": "-15000" },
            { "code": "CLAW2", "kind": "earning", "formula": "-15000" }
            """);

        Assert.Equal("CLAW1", result.Error!.Field);
        Assert.Contains("at -20000.00", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_NegativeDeductionBesideNegativeEarnings_IsNotTheOneNamed()
    {
        // Earnings −5 000 and −5 000, and a −6 000 deduction, which adds 6 000: pay −10 000 + 6 000 = −4 000. The
        // deduction raises pay, so the first clawback (−5 000) is to blame, not the deduction's −6 000.
        var result = PayUnder("""
            { "code": "CLAW1", "kind": "earning", "formula": "-5000" },
            { "code": "CLAW2", "kind": "earning", "formula": "-5000" },
            { "code": "REFUND", "kind": "deduction", "formula": "-6000" }
            """);

        Assert.Equal("CLAW1", result.Error!.Field);
        Assert.StartsWith("gives -5000.00, which leaves the month's pay from the policy at -4000.00;", result.Error.Message, StringComparison.Ordinal);
    }
}
