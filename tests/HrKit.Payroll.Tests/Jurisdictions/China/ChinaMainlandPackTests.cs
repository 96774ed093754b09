using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions;
using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Model;
using HrKit.Payroll.Tests.Engine;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.China;

public sealed class ChinaMainlandPackTests
{
    [Fact]
    public void CalculateSummary_WarmedUp_AllocatesOnlyTheYearToDateState()
    {
        // The bulk path's promise: one allocation per payslip, the state carried into next month. Measured against the
        // size of that state on this runtime rather than a constant, so it holds across runtimes; not timed.
        var engine = SampleInputs.StandardEngine;
        var input = SampleInputs.Valid with { Allowances = new Dictionary<string, decimal> { ["meal"] = 500m } };
        for (var i = 0; i < 50; i++)
        {
            _ = engine.CalculateSummary(input);
        }

        var stateBefore = GC.GetAllocatedBytesForCurrentThread();
        _ = new TaxYearToDate { Income = 1m };
        var stateSize = GC.GetAllocatedBytesForCurrentThread() - stateBefore;
        var before = GC.GetAllocatedBytesForCurrentThread();
        _ = engine.CalculateSummary(input);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(stateSize, allocated);
    }

    [Fact]
    public void Builder_ContributionTable_BuildsChinaPackOverIt()
    {
        var table = ContributionTable.BuiltIn.With([]);

        var engine = new PayrollEngineBuilder().WithContributionTable(table).Build();

        var pack = Assert.IsType<ChinaMainlandPack>(engine.Jurisdictions.Find("CN"));
        Assert.Same(table, pack.Contributions);
        Assert.Same(table, engine.Contributions);
    }

    [Fact]
    public void Pack_Identity_IsChinaMainlandInYuan()
    {
        var pack = ChinaMainlandPack.BuiltIn;

        Assert.Equal(("CN", "China mainland", "CNY"), (pack.Code, pack.Name, pack.Currency));
        Assert.Same(HrKit.Payroll.Policies.PayPolicy.ChinaStandard, pack.DefaultPolicy);
        Assert.Contains(pack, JurisdictionRegistry.BuiltIn.Packs);
    }

    [Fact]
    public void TryCalculate_JurisdictionInputForChina_IsRefused()
    {
        var json = HrKit.Payroll.Serialization.PayrollJson.DeserializeInput("""{"employeeId":"E1","period":"2026-01","city":"beijing","jurisdictionInput":{"x":1}}""");

        var error = SampleInputs.StandardEngine.TryCalculate(json).Error!;

        Assert.Equal("jurisdictionInput", error.Field);
    }

    [Fact]
    public void WithPolicy_WithoutCode_IsChinaMainlandsPolicy()
    {
        var policy = HrKit.Payroll.Policies.PayPolicyLoader.Parse("""{ "name": "Tiny", "components": [ { "code": "BASE", "kind": "earning", "formula": "base_salary" } ] }""");

        var engine = new PayrollEngineBuilder().WithPolicy(policy).Build();

        Assert.Same(policy, engine.PolicyFor("cn"));
        Assert.Same(policy, engine.Policy);
        Assert.Equal(10_000m, engine.Calculate(SampleInputs.Valid with { Period = new YearMonth(2026, 1) }).GrossPay);
    }
}
