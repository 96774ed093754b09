using HrKit.Integration.Suites;

namespace HrKit.Integration.Tests.Suites;

public sealed class SuiteOptionsValidatorTests
{
    [Fact]
    public void Validate_NoSuiteConfigured_Succeeds()
    {
        Assert.True(new SuiteOptionsValidator().Validate(null, new SuiteOptions()).Succeeded);
    }

    [Fact]
    public void Validate_HalfConfiguredSuiteAndBadLimits_ListsEveryProblemWithItsFix()
    {
        var options = new SuiteOptions { MaxConcurrentDetailRequests = 0 };
        options.WeCom.SuiteId = "ww-suite";
        options.WeCom.CallbackAesKey = "too-short";

        var result = new SuiteOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Suites.WeCom.SuiteSecret is missing", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Suites.WeCom.CallbackToken is missing", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Suites.WeCom.CallbackAesKey must be the 43-character EncodingAESKey", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Suites.MaxConcurrentDetailRequests is 0; set 1 to 32", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("DingTalk", result.FailureMessage, StringComparison.Ordinal);
    }
}
