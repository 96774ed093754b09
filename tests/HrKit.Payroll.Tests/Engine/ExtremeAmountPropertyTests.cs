using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Tests.Engine;

/// <summary>Any decimal in any amount field: a payslip that reconciles, or an error naming a field; never an exception.</summary>
public sealed class ExtremeAmountPropertyTests
{
    private static readonly PayrollEngine Engine = new PayrollEngineBuilder().WithMaxDegreeOfParallelism(1).Build();

    private static readonly decimal[] Extremes =
    [
        decimal.MaxValue, decimal.MinValue, 0m, -0.01m, 0.005m, 1e-28m, PayrollLimits.MaxAmount, PayrollLimits.MaxAmount + 0.01m,
        PayrollLimits.MaxYearToDateAmount, 744m, 745m, 1m, 10_000m, 123_456.789m, 7.9e27m,
    ];

    private static Gen<decimal> Amount =>
        Gen.Frequency((3, Gen.Elements(Extremes)), (2, ArbMap.Default.GeneratorFor<decimal>()), (3, Gen.Choose(0, 5_000_000).Select(f => f / 100m)));

    private static Arbitrary<EmployeeMonthInput> Inputs =>
        (from amounts in Amount.ArrayOf(18)
         from late in Gen.Elements(0, 3, -1, int.MaxValue, PayrollLimits.MaxLateCount + 1)
         from month in Gen.Choose(1, 12)
         from ytd in Gen.Elements(true, false)
         select new EmployeeMonthInput
         {
             EmployeeId = "X",
             Period = new YearMonth(2026, month),
             City = "shenzhen",
             BaseSalary = amounts[0],
             Allowances = new Dictionary<string, decimal> { ["a"] = amounts[1], ["b"] = amounts[2] },
             Overtime = new OvertimeHours(amounts[3], amounts[4], amounts[5]),
             Attendance = new AttendanceInput(Math.Min(Math.Abs(amounts[6]), 20m), 0m, Math.Min(Math.Abs(amounts[7]), 28m), late, late),
             Performance = new PerformanceInput("S", amounts[8], 0.5m),
             OtherEarnings = amounts[9],
             TaxFreeIncome = amounts[10],
             PostTaxDeductions = amounts[11],
             OtherTaxDeductions = amounts[12],
             AnnualBonus = amounts[13],
             AnnualBonusTaxMethod = AnnualBonusTaxMethod.Merged,
             SocialInsuranceBase = amounts[14] == 0 ? null : amounts[14],
             YearToDate = ytd || month == 1
                 ? new TaxYearToDate { ThroughMonth = month == 1 ? null : new YearMonth(2026, month - 1), Income = amounts[15], TaxWithheld = amounts[16], BasicDeduction = amounts[17] }
                 : null,
         }).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property TryCalculate_AnyDecimals_ReconcilesOrNamesTheField() => Prop.ForAll(Inputs, input =>
    {
        var result = Engine.TryCalculate(input);
        if (!result.IsSuccess)
        {
            return result.Error.Field.Length > 0 && result.Error.EmployeeId == "X";
        }

        var s = result.Payslip;
        return s.GrossPay >= 0
            && s.NetPay == s.GrossPay - s.EmployeeContributions - s.WageTax - s.BonusTax - s.PostTaxDeductions
            && s.EmployerCost == s.GrossPay + s.EmployerContributions
            && s.Lines.All(l => Math.Abs(l.Amount) <= PayrollLimits.MaxFormulaValue && l.Explanation.Length > 0);
    });

    [Property(MaxTest = 100)]
    public Property CalculateManySummaries_AnyDecimals_OneResultPerRecordInOrder() => Prop.ForAll(Inputs.Generator.ArrayOf().ToArbitrary(), inputs =>
    {
        var withIds = inputs.Select((input, i) => input with { EmployeeId = $"X{i}" }).ToArray();
        var results = Engine.CalculateManySummaries(withIds).ToList();
        return results.Select(r => r.Index).SequenceEqual(Enumerable.Range(0, withIds.Length).Select(i => (long)i));
    });
}
