using HrKit.Payroll.Reports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HrKit.Payroll.Tests.DependencyInjection;

/// <summary>Issue 15: AddHrKitPayroll(IConfiguration) binds HrKit:Payroll and validates it at start-up.</summary>
public sealed class AddHrKitPayrollConfigurationTests
{
    private static ServiceProvider Build(params (string Key, string Value)[] settings) =>
        new ServiceCollection().AddHrKitPayroll(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build().GetSection(PayrollOptions.SectionName)).BuildServiceProvider();

    [Fact]
    public async Task AddHrKitPayroll_Section_BindsTheOptions()
    {
        await using var provider = Build(("HrKit:Payroll:BatchSize", "512"), ("HrKit:Payroll:OvertimeAlertShare", "0.3"));

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal(512, provider.GetRequiredService<IOptions<PayrollOptions>>().Value.BatchSize);
        Assert.NotNull(provider.GetRequiredService<PayrollReportBuilder>());
    }

    [Theory]
    [InlineData("HrKit:Payroll:BatchSize", "4", "PayrollOptions.BatchSize is 4")]
    [InlineData("HrKit:Payroll:BatchSize", "many", "HrKit:Payroll:BatchSize")]
    [InlineData("HrKit:Payroll:BatchSise", "512", "BatchSise")]
    public async Task AddHrKitPayroll_BadValueOrKey_FailsAtStartUpNamingIt(string key, string value, string expected)
    {
        await using var provider = Build((key, value));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
