using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;
using HrKit.Payroll.Policies;
using NodaTime;

namespace HrKit.Payroll.Tests.Engine.Explanations;

/// <summary>A formula line's explanation: the names it reads (none for a constant), and the cap as figures when the cap changed it.</summary>
public sealed class FormulaExplanationTests
{
    private static EmployeeMonthInput Month(decimal unpaidDays, int late) => SampleInputs.Valid with
    {
        Attendance = new AttendanceInput(22m, 0m, unpaidDays, late, late * 10),
    };

    [Fact]
    public void Explanation_ConstantFormula_ReadsNoNames()
    {
        var slip = new PayrollEngineBuilder().WithPolicy(PayPolicyLoader.Parse("""
            { "name": "fixed", "components": [ { "code": "FIXED", "kind": "earning", "formula": "500" } ] }
            """)).Build().Calculate(SampleInputs.Valid);

        Assert.Equal("500 = 500.00 (rounded to the fen)", slip.Line("FIXED")!.Explanation);
    }

    [Fact]
    public void Figures_CappedDeduction_CarryTheCapAndTheEarnings()
    {
        // 22 unpaid days × 10 000 / 21.75 = 10 114.94 against 10 000 of pay: capped at 10 000.
        var figures = SampleInputs.StandardEngine.Calculate(Month(22m, 0)).Line("UNPAID_LEAVE")!.Details.Figures
            .ToDictionary(f => f.Key, f => f.Value);

        Assert.Equal((10_114.94m, 10_000m, 10_000m), (figures["result"], figures["capped"], figures["earnings"]));
    }

    [Fact]
    public void Figures_DeductionBelowThePay_CarryNoCap()
    {
        // 2 days: 919.54, well inside the pay.
        var figures = SampleInputs.StandardEngine.Calculate(Month(2m, 0)).Line("UNPAID_LEAVE")!.Details.Figures;

        Assert.Equal(919.54m, figures.Single(f => f.Key == "result").Value);
        Assert.DoesNotContain(figures, f => f.Key is "capped" or "earnings");
    }
}
