using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;
using HrKit.Payroll.Tests.Jurisdictions.Template;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions;

public sealed class JurisdictionMixTests
{
    private static readonly PayrollEngine Engine = new PayrollEngineBuilder().WithJurisdiction(TemplatePack.Instance).Build();

    private static readonly EmployeeMonthInput Beijing = new() { EmployeeId = "C1", Period = new YearMonth(2026, 1), City = "beijing", BaseSalary = 10_000m };

    [Fact]
    public void CalculateManySummaries_MixedJurisdictions_EachRecordPaidByItsPack()
    {
        EmployeeMonthInput[] inputs =
        [
            Beijing,
            new() { EmployeeId = "Z1", Jurisdiction = "ZZ", Period = new YearMonth(2026, 4), BaseSalary = 5_000m },
            Beijing with { EmployeeId = "C2" },
        ];

        var results = Engine.CalculateManySummaries(inputs).ToList();

        Assert.All(results, r => Assert.True(r.IsSuccess));
        Assert.Equal(["CN", "ZZ", "CN"], results.Select(r => r.Summary.Jurisdiction));
        Assert.Equal(Engine.CalculateSummary(Beijing).NetPay, results[0].Summary.NetPay);
        Assert.Equal(4_225m, results[1].Summary.NetPay);
    }

    [Fact]
    public void TryCalculate_UnregisteredJurisdiction_ErrorNamesFieldAndKnownCodes()
    {
        var error = Engine.TryCalculate(Beijing with { Jurisdiction = "XX" }).Error!;

        Assert.Equal("jurisdiction", error.Field);
        Assert.Contains("known: CN, ", error.Message, StringComparison.Ordinal);
        Assert.Contains(", ZZ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_RecordWithoutJurisdiction_IsChinaMainland()
    {
        var slip = Engine.Calculate(Beijing);

        Assert.Equal("CN", slip.Jurisdiction);
        Assert.Null(slip.JurisdictionYearToDate);
    }

    [Fact]
    public void Build_PolicyForUnregisteredJurisdiction_Throws()
    {
        var builder = new PayrollEngineBuilder().WithPolicy("XX", TemplatePack.Instance.DefaultPolicy);

        var error = Assert.Throws<ArgumentException>(() => builder.Build());

        Assert.Contains("'XX'", error.Message, StringComparison.Ordinal);
    }
}
