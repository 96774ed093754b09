using System.Collections.Immutable;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Tests.Periods;

/// <summary>
/// A one-item test city whose contributions are easy to compute by hand: pension only, employee 10 %, employer 20 %,
/// base 1 000–100 000, rounded to the fen. A corrected table raises the rates to 11 % and 22 %.
/// </summary>
internal static class PeriodTestData
{
    public const string Company = "acme";
    public const string City = "testville";

    public static PayrollEngine TestEngine { get; } = EngineWith(0.10m, 0.20m);

    public static PayrollEngine CorrectedEngine { get; } = EngineWith(0.11m, 0.22m);

    public static YearMonth Month(int year, int month) => new(year, month);

    public static EmployeeMonthInput Input(string employeeId, YearMonth month, decimal baseSalary, decimal siBase) => new()
    {
        EmployeeId = employeeId,
        Name = employeeId,
        Department = "R&D",
        Period = month,
        City = City,
        BaseSalary = baseSalary,
        SocialInsuranceBase = siBase,
    };

    public static IAsyncEnumerable<EmployeeMonthInput> Inputs(params EmployeeMonthInput[] inputs) => inputs.ToAsyncEnumerable();

    private static PayrollEngine EngineWith(decimal employeeRate, decimal employerRate)
    {
        var pension = new ContributionItem("PENSION", "Pension", employeeRate, employerRate, 0m, 1_000m, 100_000m, RoundingRule.Fen);
        var schedule = new CityContributionSchedule(City, new LocalDate(2019, 1, 1), null, ImmutableArray.Create(pension), 0m, 0m, "test");
        return new PayrollEngineBuilder().WithContributionTable(new ContributionTable([schedule])).WithMaxDegreeOfParallelism(1).Build();
    }
}
