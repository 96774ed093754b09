using HrKit.Integration;
using HrKit.Integration.Tests.Fakes;
using HrKit.Integration.Webhooks.Inbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NodaTime;

namespace HrKit.Integration.Tests.DependencyInjection;

/// <summary>Every new limit is checked at start-up with a message that says what to set.</summary>
public sealed class IntegrationOptionsValidatorTests
{
    private static string Failure(Action<IntegrationOptions> configure)
    {
        using var sp = IntegrationHarness.Build(configure, startHostedServices: false);
        var ex = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IOptions<IntegrationOptions>>().Value);
        return Assert.Single(ex.Failures);
    }

    public static TheoryData<string, string> BadValues => new()
    {
        { "MaxResponseBytes=10", "Http.MaxResponseBytes is 10; use 1024 (1 KiB) to 1073741824 (1 GiB)" },
        { "MaxBodyBytes=100", "Webhooks.MaxBodyBytes is 100; use 1024 (1 KiB) to 67108864 (64 MiB)" },
        { "CallbackTolerance=0", "Webhooks.CallbackTimestampTolerance is 0:00:00:00; use more than 0 and at most DeduplicationWindow" },
        { "CallbackTolerance=2d", "Webhooks.CallbackTimestampTolerance is 2:00:00:00; use more than 0 and at most DeduplicationWindow (1:00:00:00)" },
        { "SignedTolerance=-1m", "SignedWebhook.TimestampTolerance is -0:00:01:00; use more than 0" },
        { "DeduplicationWindow=31d", "DeduplicationWindow is 31:00:00:00; use more than 0 and at most 30 days" },
        { "MaxAttempts=0", "WebhookInbox.MaxAttempts is 0; use 1 to 100" },
        { "RetryDelay=0", "WebhookInbox.RetryDelay is 0:00:00:00; use more than 0 and at most 1 day" },
        { "PollInterval=1ms", "WebhookInbox.PollInterval is 0:00:00:00.001; use 10 milliseconds to 1 hour" },
        { "ProcessingLease=0", "WebhookInbox.ProcessingLease is 0:00:00:00; use 1 second to 1 day" },
        { "AesKeyNotBase64", "WeCom.CallbackAesKey must be the 43-character EncodingAESKey" },
    };

    private static readonly Dictionary<string, Action<IntegrationOptions>> Settings = new()
    {
        ["MaxResponseBytes=10"] = o => o.Http.MaxResponseBytes = 10,
        ["MaxBodyBytes=100"] = o => o.Webhooks.MaxBodyBytes = 100,
        ["CallbackTolerance=0"] = o => o.Webhooks.CallbackTimestampTolerance = Duration.Zero,
        ["CallbackTolerance=2d"] = o => o.Webhooks.CallbackTimestampTolerance = Duration.FromDays(2),
        ["SignedTolerance=-1m"] = o => o.SignedWebhook.TimestampTolerance = Duration.FromMinutes(-1),
        ["DeduplicationWindow=31d"] = o => o.DeduplicationWindow = Duration.FromDays(31),
        ["MaxAttempts=0"] = o => o.WebhookInbox.MaxAttempts = 0,
        ["RetryDelay=0"] = o => o.WebhookInbox.RetryDelay = Duration.Zero,
        ["PollInterval=1ms"] = o => o.WebhookInbox.PollInterval = Duration.FromMilliseconds(1),
        ["ProcessingLease=0"] = o => o.WebhookInbox.ProcessingLease = Duration.Zero,
        ["AesKeyNotBase64"] = o =>
        {
            o.WeCom.CallbackToken = "t";
            o.WeCom.CallbackAesKey = new string('!', 43);
        },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void Validate_BadValue_FailsWithAMessageSayingWhatToSet(string setting, string message)
    {
        Assert.Contains(message, Failure(Settings[setting]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddHrKitIntegration_Defaults_RegistersTheInboxProcessorAsAHostedServiceOverTheInMemoryStore()
    {
        var services = new ServiceCollection();
        services.AddHrKitIntegration();
        await using var sp = services.BuildServiceProvider(validateScopes: true);

        var options = sp.GetRequiredService<IOptions<IntegrationOptions>>().Value;
        Assert.Equal(5, options.WebhookInbox.MaxAttempts);
        Assert.Equal((256 * 1024, Duration.FromMinutes(15)), (options.Webhooks.MaxBodyBytes, options.Webhooks.CallbackTimestampTolerance));
        Assert.Same(sp.GetRequiredService<WebhookInboxProcessor>(), Assert.Single(sp.GetServices<IHostedService>()));
        Assert.IsType<InMemoryWebhookInboxStore>(sp.GetRequiredService<IWebhookInboxStore>());
    }
}
