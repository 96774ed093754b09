using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Tests.Engine;

/// <summary>
/// The bounds checks accept most amounts on a test of the decimal's integer and scale alone, before any decimal
/// comparison: for decimals of every scale and size, a field is refused exactly when it lies outside its documented
/// bounds (PayrollLimits), whichever test decided it.
/// </summary>
public sealed class AmountBoundsPropertyTests
{
    private static readonly PayrollEngine Engine = SampleInputs.StandardEngine;

    // Integers of 0 to 96 bits at scales 0 to 28, either sign, with the bounds' neighbourhoods over-represented.
    private static Arbitrary<decimal> Decimals =>
        Gen.Frequency(
            (4, from lo in ArbMap.Default.GeneratorFor<int>()
                from mid in Gen.Elements(0, 0, 0, 1, 23, -1)
                from hi in Gen.Elements(0, 0, 0, 0, 1, -1)
                from negative in ArbMap.Default.GeneratorFor<bool>()
                from scale in Gen.Choose(0, 28)
                select new decimal(lo, mid, hi, negative, (byte)scale)),
            (2, from bound in Gen.Elements(PayrollLimits.MaxAmount, PayrollLimits.MaxYearToDateAmount, PayrollLimits.MaxMonthlyHours)
                from units in Gen.Choose(-3, 3)
                from scale in Gen.Choose(0, 4)
                select decimal.Round(bound, scale) + units * 0.01m),
            (1, Gen.Elements(new decimal(0, 0, 0, true, 2), 0.00m, -0.01m, 1_000_000_000.00m, 1_000_000_000.0000001m, 4_294_967_295m, 4_294_967_296m)))
        .ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Calculate_AnyBaseSalary_RefusedExactlyOutsideZeroToMaxAmount() => Prop.ForAll(Decimals, value =>
        Refuses(SampleInputs.Valid with { BaseSalary = value }, "baseSalary") == (value < 0 || value > PayrollLimits.MaxAmount));

    [Property(MaxTest = 500)]
    public Property Calculate_AnyOvertimeHours_RefusedExactlyOutsideZeroToMaxMonthlyHours() => Prop.ForAll(Decimals, value =>
        Refuses(SampleInputs.Valid with { Overtime = new OvertimeHours(value, 0m, 0m) }, "overtime.workday") == (value < 0 || value > PayrollLimits.MaxMonthlyHours));

    [Property(MaxTest = 500)]
    public Property Calculate_AnyYearToDateIncome_RefusedExactlyOutsideZeroToMaxYearToDate() => Prop.ForAll(Decimals, value =>
        Refuses(SampleInputs.Valid with
        {
            Period = new YearMonth(2026, 2),
            YearToDate = new TaxYearToDate { ThroughMonth = new YearMonth(2026, 1), Income = value },
        }, "yearToDate.income") == (value < 0 || value > PayrollLimits.MaxYearToDateAmount));

    // Whether validation refuses the record naming this field (any other outcome, a payslip or another field, is "no").
    private static bool Refuses(EmployeeMonthInput input, string field)
    {
        try
        {
            Engine.CalculateSummary(input);
            return false;
        }
        catch (PayrollInputException ex)
        {
            return ex.Field == field;
        }
    }
}
