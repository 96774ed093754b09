using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions;
using HrKit.Payroll.Model;
using HrKit.Payroll.Policies;
using NodaTime;

namespace HrKit.Payroll.Tests.Engine;

/// <summary>
/// What the engine hands a jurisdiction pack and takes back, seen through a probe pack with an April–March tax year:
/// year-to-date state is handed over only from the pack's current tax year, and an arithmetic failure inside the pack
/// is an error for the record, not an exception out of the engine.
/// </summary>
public sealed class StatutoryHandOverTests
{
    private sealed class ProbePack(bool overflow = false) : JurisdictionPack("ZY", "Probe Land", "XTS")
    {
        public override PayPolicy DefaultPolicy { get; } = PayPolicyLoader.Parse("""
            { "name": "probe", "components": [ { "code": "BASE", "kind": "earning", "formula": "base_salary" } ] }
            """);

        public override YearMonth TaxYearStart(YearMonth period) => new(period.Month >= 4 ? period.Year : period.Year - 1, 4);

        // Hands back the state it was given, so a test sees what the engine passed.
        public override StatutoryResult Calculate(in StatutoryContext context) =>
            overflow ? throw new OverflowException("probe overflow") : new StatutoryResult { YearToDate = context.YearToDate };
    }

    private static readonly PayrollEngine Engine = new PayrollEngineBuilder().WithJurisdiction(new ProbePack()).Build();

    private static EmployeeMonthInput May2026(YearMonth stateThrough) => new()
    {
        EmployeeId = "Z1",
        Jurisdiction = "ZY",
        Period = new YearMonth(2026, 5),
        BaseSalary = 1_000m,
        JurisdictionYearToDate = new JurisdictionYearToDate
        {
            Jurisdiction = "ZY", ThroughMonth = stateThrough, Figures = new Dictionary<string, decimal> { ["pay"] = 1_000m },
        },
    };

    [Fact]
    public void Calculate_StateThroughTheTaxYearsFirstMonth_IsHandedToThePack()
    {
        // May 2026 lies in the tax year April 2026 – March 2027, whose first month is April 2026: that state carries.
        var input = May2026(new YearMonth(2026, 4));

        Assert.Equal(input.JurisdictionYearToDate, Engine.Calculate(input).JurisdictionYearToDate);
    }

    [Fact]
    public void Calculate_StateThroughThePreviousTaxYear_IsNotHandedToThePack()
    {
        // March 2026 closes the tax year April 2025 – March 2026: May 2026 starts from nothing.
        Assert.Null(Engine.Calculate(May2026(new YearMonth(2026, 3))).JurisdictionYearToDate);
    }

    [Fact]
    public void TryCalculate_PackOverflows_ErrorForTheRecordNamingNoField()
    {
        var engine = new PayrollEngineBuilder().WithJurisdiction(new ProbePack(overflow: true)).Build();

        var result = engine.TryCalculate(May2026(new YearMonth(2026, 4)));

        Assert.False(result.IsSuccess);
        Assert.Equal(("Z1", "$"), (result.Error!.EmployeeId, result.Error.Field));
        Assert.Equal("an amount overflowed while paying this record (probe overflow); check that its figures are within docs/payroll-input.md#bounds.",
            result.Error.Message);
    }
}
