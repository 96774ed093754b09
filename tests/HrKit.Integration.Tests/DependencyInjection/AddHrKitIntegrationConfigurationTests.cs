using HrKit.Integration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;

namespace HrKit.Integration.Tests.DependencyInjection;

/// <summary>Issue 15: AddHrKitIntegration(IConfiguration) binds HrKit:Integration and refuses bad values at start-up.</summary>
public sealed class AddHrKitIntegrationConfigurationTests
{
    private static ServiceProvider Build(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        return new ServiceCollection().AddHrKitIntegration(configuration.GetSection(IntegrationOptions.SectionName)).BuildServiceProvider();
    }

    [Fact]
    public async Task AddHrKitIntegration_Section_BindsHolidaysAndDurations()
    {
        await using var provider = Build(
            ("HrKit:Integration:StatutoryHolidays:0", "2025-10-01"), ("HrKit:Integration:StatutoryHolidays:1", "2025-10-02"),
            ("HrKit:Integration:TokenRefreshMargin", "0:00:10:00"));

        provider.GetRequiredService<IStartupValidator>().Validate();
        var options = provider.GetRequiredService<IOptions<IntegrationOptions>>().Value;

        Assert.Equal([new LocalDate(2025, 10, 1), new LocalDate(2025, 10, 2)], options.StatutoryHolidays);
        Assert.Equal(Duration.FromMinutes(10), options.TokenRefreshMargin);
    }

    // The plain binder skips a list item it cannot convert: the holiday would silently become a working day.
    [Fact]
    public async Task AddHrKitIntegration_HolidayWrittenWithSlashes_FailsAtStartUpNamingKeyAndFormat()
    {
        await using var provider = Build(
            ("HrKit:Integration:StatutoryHolidays:0", "2025-10-01"), ("HrKit:Integration:StatutoryHolidays:1", "2025/10/02"));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("HrKit:Integration:StatutoryHolidays:1 is '2025/10/02', which is not a date: write yyyy-MM-dd, e.g. 2025-10-01.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddHrKitIntegration_MisspeltKey_FailsAtStartUpNamingIt()
    {
        await using var provider = Build(("HrKit:Integration:StatutoryHoliday:0", "2025-10-01"));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("StatutoryHoliday", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddHrKitIntegration_BadDuration_FailsAtStartUpNamingKeyAndFormat()
    {
        await using var provider = Build(("HrKit:Integration:WebhookInbox:RetryDelay", "30s"));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("HrKit:Integration:WebhookInbox:RetryDelay is '30s', which is not a duration: write d:hh:mm:ss", error.Message, StringComparison.Ordinal);
    }
}
