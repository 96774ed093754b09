using HrKit.Payroll.Diagnostics;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions;
using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Jurisdictions.HongKong;
using HrKit.Payroll.Model;
using HrKit.Payroll.Policies;
using NodaTime;

namespace HrKit.Payroll.Tests.Engine;

/// <summary>
/// What the builder hands the engine: the packs, policies and China mainland table it was given (as given, not
/// copies), the documented defaults, and the argument checks of each setting at both ends of its range.
/// </summary>
public sealed class PayrollEngineBuilderTests
{
    private static readonly PayPolicy BaseOnly = PayPolicyLoader.Parse("""
        { "name": "base only", "components": [ { "code": "BASE", "kind": "earning", "formula": "base_salary" } ] }
        """);

    // A city of one pension item per test table, so a table's cities show which tables were combined.
    private static CityContributionSchedule City(string city) =>
        new(city, new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31),
            [new ContributionItem("PENSION", "养老保险", 0.08m, 0.16m, 0m, 5_000m, 30_000m, RoundingRule.Fen)], 0m, 0m, "test");

    [Fact]
    public void Build_NothingSet_TheBuiltInPacksPoliciesAndTable()
    {
        var engine = new PayrollEngineBuilder().Build();

        Assert.Same(JurisdictionRegistry.BuiltIn, engine.Jurisdictions);
        Assert.Same(PayPolicy.ChinaStandard, engine.Policy);
        Assert.Same(ContributionTable.BuiltIn, engine.Contributions);
        Assert.Equal((Environment.ProcessorCount, 2_048), (engine.MaxDegreeOfParallelism, engine.BatchSize));
    }

    [Fact]
    public void Build_ChinaPackRegistered_IsPaidWithAsGiven()
    {
        var table = new ContributionTable([City("testcity")]);
        var pack = new ChinaMainlandPack(table, MinimumWageTable.BuiltIn);

        var engine = new PayrollEngineBuilder().WithJurisdiction(pack).Build();

        Assert.Same(pack, engine.Jurisdictions.Find("CN"));
        Assert.Same(table, engine.Contributions);
    }

    [Fact]
    public void WithPolicy_DefaultJurisdiction_IsTheEnginesPolicy()
    {
        var engine = new PayrollEngineBuilder().WithPolicy(BaseOnly).Build();

        Assert.Same(BaseOnly, engine.Policy);
        Assert.Same(BaseOnly, engine.PolicyFor("cn"));
    }

    [Fact]
    public void WithContributionTable_Table_IsChinaMainlandsTable()
    {
        var table = new ContributionTable([City("testcity")]);

        var engine = new PayrollEngineBuilder().WithContributionTable(table).Build();

        Assert.Same(table, engine.Contributions);
    }

    [Fact]
    public void WithContributionOverrides_OnARegisteredChinaPack_AreAddedToThatPacksTable()
    {
        var pack = new ChinaMainlandPack(new ContributionTable([City("alpha")]));

        var engine = new PayrollEngineBuilder().WithJurisdiction(pack).WithContributionOverrides([City("beta")]).Build();

        Assert.Equal(["alpha", "beta"], engine.Contributions.Cities.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void WithContributionOverrides_AfterATable_AreAddedToThatTable()
    {
        var engine = new PayrollEngineBuilder().WithContributionTable(new ContributionTable([City("alpha")]))
            .WithContributionOverrides([City("beta")]).Build();

        Assert.Equal(["alpha", "beta"], engine.Contributions.Cities.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void WithContributionOverrides_Null_ThrowsNamingTheArgument() =>
        Assert.Equal("schedules", Assert.Throws<ArgumentNullException>(() => new PayrollEngineBuilder().WithContributionOverrides(null!)).ParamName);

    [Fact]
    public void WithPolicy_OtherJurisdiction_PaysItsEmployeesOnly()
    {
        var engine = new PayrollEngineBuilder().WithPolicy("hk", BaseOnly).Build();

        Assert.Same(BaseOnly, engine.PolicyFor("HK"));
        Assert.Same(PayPolicy.ChinaStandard, engine.PolicyFor("CN"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void WithPolicy_BlankJurisdiction_RefusedAtOnce(string jurisdiction) =>
        Assert.Throws<ArgumentException>(() => new PayrollEngineBuilder().WithPolicy(jurisdiction, BaseOnly));

    [Fact]
    public void Build_PolicyForAJurisdictionWithoutPack_RefusedNamingItAndTheKnownCodes()
    {
        var ex = Assert.Throws<ArgumentException>(() => new PayrollEngineBuilder().WithPolicy("XX", BaseOnly).Build());

        Assert.Equal("WithPolicy names jurisdiction 'XX', which has no pack (known: CN, GB, HK, SG); register it with WithJurisdiction first.", ex.Message);
    }

    [Fact]
    public void Build_RegistryWithoutChinaMainland_KeepsAChinaPolicyAndRefusesChinaRecords()
    {
        // Only Hong Kong is registered: a China mainland policy is no error (kept as before packs existed), and a record
        // naming no jurisdiction (China mainland by default) is refused for it rather than paid by a pack it lacks.
        var engine = new PayrollEngineBuilder().WithJurisdictions(new JurisdictionRegistry([HongKongPack.BuiltIn])).WithPolicy(BaseOnly).Build();
        var hongKong = new EmployeeMonthInput { EmployeeId = "H1", Jurisdiction = "HK", Period = new YearMonth(2025, 4), BaseSalary = 20_000m };

        var china = engine.TryCalculate(SampleInputs.Valid);

        Assert.Equal("HK", Assert.Single(engine.Jurisdictions.Codes));
        Assert.Equal(20_000m, engine.Calculate(hongKong).GrossPay);
        Assert.False(china.IsSuccess);
        Assert.Equal("jurisdiction", china.Error!.Field);
        Assert.Equal("'CN' has no jurisdiction pack in this engine (known: HK); register one with PayrollEngineBuilder.WithJurisdiction (docs/jurisdictions.md).",
            china.Error.Message);
    }

    [Fact]
    public void PolicyFor_UnknownJurisdiction_ThrowsNamingItAndTheKnownCodes()
    {
        var ex = Assert.Throws<ArgumentException>(() => SampleInputs.StandardEngine.PolicyFor("XX"));

        Assert.Equal("jurisdiction", ex.ParamName);
        Assert.StartsWith("No jurisdiction pack 'XX' is registered (known: CN, GB, HK, SG).", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(512)]
    public void WithMaxDegreeOfParallelism_EndsOfTheRange_Kept(int threads) =>
        Assert.Equal(threads, new PayrollEngineBuilder().WithMaxDegreeOfParallelism(threads).Build().MaxDegreeOfParallelism);

    [Theory]
    [InlineData(0)]
    [InlineData(513)]
    public void WithMaxDegreeOfParallelism_OutsideTheRange_Refused(int threads) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PayrollEngineBuilder().WithMaxDegreeOfParallelism(threads));

    [Theory]
    [InlineData(16)]
    [InlineData(1_048_576)]
    public void WithBatchSize_EndsOfTheRange_Kept(int records) =>
        Assert.Equal(records, new PayrollEngineBuilder().WithBatchSize(records).Build().BatchSize);

    [Theory]
    [InlineData(15)]
    [InlineData(1_048_577)]
    public void WithBatchSize_OutsideTheRange_Refused(int records) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PayrollEngineBuilder().WithBatchSize(records));

    [Fact]
    public void WithMetrics_Meter_IsTheEnginesMeter()
    {
        var metrics = new PayrollMetrics(null);

        Assert.Same(metrics, new PayrollEngineBuilder().WithMetrics(metrics).Build().Metrics);
        Assert.Same(PayrollTelemetry.Metrics, new PayrollEngineBuilder().Build().Metrics);
    }
}
