using HrKit.Integration;
using HrKit.Integration.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;

namespace HrKit.Integration.Tests.Outbound;

public sealed class WelfareOptionsValidationTests
{
    private static string[] Failures(Action<WelfareOptions> configure)
    {
        using var sp = IntegrationHarness.Build(o => configure(o.Welfare));
        var ex = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IOptions<IntegrationOptions>>().Value);
        return [.. ex.Failures];
    }

    [Fact]
    public void BaseAddressWithoutApiKey_FailsSayingToSetBoth()
    {
        var failure = Assert.Single(Failures(w => w.BaseAddress = new Uri("https://welfare.example.com/")));

        Assert.Equal("Welfare.BaseAddress and Welfare.ApiKey must be set together (or both left empty to disable the welfare provider).", failure);
    }

    [Fact]
    public void PlainHttpToARemoteHost_FailsBecauseTheKeyWouldTravelUnencrypted()
    {
        var failure = Assert.Single(Failures(w =>
        {
            w.BaseAddress = new Uri("http://welfare.example.com/");
            w.ApiKey = "k";
        }));

        Assert.Contains("use https", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void MaxAttemptsOutOfRange_Fails(int attempts)
    {
        var failure = Assert.Single(Failures(w => w.MaxAttempts = attempts));

        Assert.StartsWith($"Welfare.MaxAttempts is {attempts};", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void MaxRetryAfterOverFiveMinutes_Fails()
    {
        var failure = Assert.Single(Failures(w => w.MaxRetryAfter = Duration.FromMinutes(10)));

        Assert.StartsWith("Welfare.MaxRetryAfter must be between 0 and 5 minutes", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Unconfigured_IsValid()
    {
        using var sp = IntegrationHarness.Build(_ => { });

        Assert.False(sp.GetRequiredService<IOptions<IntegrationOptions>>().Value.Welfare.IsConfigured);
    }
}
