using HrKit.Payroll;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Reports;
using HrKit.Payroll.Tests.Jurisdictions.Template;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HrKit.Payroll.Tests.DependencyInjection;

public sealed class AddHrKitPayrollTests
{
    [Fact]
    public void AddHrKitPayroll_Defaults_ResolvesEngineWithBuiltInPolicy()
    {
        using var provider = new ServiceCollection().AddHrKitPayroll().BuildServiceProvider();

        var engine = provider.GetRequiredService<PayrollEngine>();

        Assert.Equal("China mainland standard", engine.Policy.Name);
        Assert.Same(engine, provider.GetRequiredService<PayrollEngine>());
        Assert.Equal(0.20m, provider.GetRequiredService<PayrollReportBuilder>().OvertimeAlertShare);
    }

    [Fact]
    public void AddHrKitJurisdiction_Pack_IsPaidBesideBuiltInPacks()
    {
        using var provider = new ServiceCollection().AddHrKitPayroll().AddHrKitJurisdiction(TemplatePack.Instance).BuildServiceProvider();

        var engine = provider.GetRequiredService<PayrollEngine>();

        Assert.Equal([.. HrKit.Payroll.Jurisdictions.JurisdictionRegistry.BuiltIn.Codes, "ZZ"], engine.Jurisdictions.Codes.ToArray());
        Assert.Same(TemplatePack.Instance, engine.Jurisdictions.Find("zz"));
    }

    [Fact]
    public void AddHrKitPayroll_InvalidOptions_FailsWithEveryProblemAndTheFix()
    {
        using var provider = new ServiceCollection()
            .AddHrKitPayroll(o =>
            {
                o.PolicyPath = "/nonexistent/policy.json";
                o.MaxDegreeOfParallelism = 0;
            })
            .BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<PayrollOptions>>().Value);

        Assert.Equal(2, ex.Failures.Count());
        Assert.Contains("leave it null for the built-in China standard policy", ex.Message, StringComparison.Ordinal);
        Assert.Contains("use 1 to 512", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddHrKitPayroll_PolicyFile_IsLoadedAndCompiled()
    {
        var path = Path.Combine(Path.GetTempPath(), $"hrkit-policy-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "name": "Tiny", "components": [ { "code": "BASE", "kind": "earning", "formula": "base_salary" } ] }""");
        try
        {
            using var provider = new ServiceCollection().AddHrKitPayroll(o => o.PolicyPath = path).BuildServiceProvider();

            Assert.Equal("Tiny", provider.GetRequiredService<PayrollEngine>().Policy.Name);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
