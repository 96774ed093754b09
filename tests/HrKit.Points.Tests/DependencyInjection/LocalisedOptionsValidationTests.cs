using System.Globalization;
using HrKit.Points.Ledger;
using HrKit.Points.Policies;
using HrKit.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HrKit.Points.Tests.DependencyInjection;

/// <summary>
/// Issue 15: as .NET's own messages, the start-up checks of HrKit.Points' options speak the language of
/// <see cref="CultureInfo.CurrentUICulture"/>: Chinese under a Chinese UI culture, English otherwise, each saying how to
/// fix the setting. The culture is set for the test's own flow and restored.
/// </summary>
public sealed class LocalisedOptionsValidationTests
{
    private static IEnumerable<string> Failures(Action<PointsOptions> configure)
    {
        using var provider = new ServiceCollection().AddHrKitPoints(configure).BuildServiceProvider();
        return Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<PointsOptions>>().Value).Failures;
    }

    private static void Bad(PointsOptions o)
    {
        o.TimeZoneId = "Mars/Olympus";
        o.MaxLearningBonusFactor = 2m;
        o.LearningCategory = " ";
    }

    [Fact]
    public void AddHrKitPoints_BadOptionsUnderChineseUiCulture_EveryFailureInChineseSayingHowToFix()
    {
        var failures = UiCulture.Run("zh-CN", () => Failures(Bad));

        Assert.Equal(
        [
            "PointsOptions.TimeZoneId：“Mars/Olympus”不是 IANA 时区；请使用例如 \"Asia/Shanghai\"。",
            "PointsOptions.MaxLearningBonusFactor：必须在 0 到 1 之间（0.10 = 绩效奖金的 +10 %）。",
            "PointsOptions.LearningCategory：必须指定一个类别，例如 \"learning\"。",
        ], failures);
    }

    [Fact]
    public void AddHrKitPoints_BadOptionsUnderEnglishUiCulture_TheEnglishMessages()
    {
        var failures = UiCulture.Run("en-US", () => Failures(Bad));

        Assert.Equal(
        [
            "PointsOptions.TimeZoneId: 'Mars/Olympus' is not an IANA time zone; use e.g. \"Asia/Shanghai\".",
            "PointsOptions.MaxLearningBonusFactor: must be between 0 and 1 (0.10 = +10 % of the performance bonus).",
            "PointsOptions.LearningCategory: must name a category, e.g. \"learning\".",
        ], failures);
    }

    [Fact]
    public void AddHrKitPoints_LimitOutOfRangeUnderChineseUiCulture_ChineseWithTheRangeAndUnit()
    {
        var failures = UiCulture.Run("zh-Hans", () => Failures(o => o.PolicyLimits = new PointsPolicyLimits { MaxExpressionNesting = 1_000 }));

        Assert.Equal("PointsOptions.PolicyLimits 有误：PointsPolicyLimits.MaxExpressionNesting 为 1000；请设为 1 到 64 层之间。", Assert.Single(failures));
    }

    [Fact]
    public void AddHrKitPoints_PolicyFileWithABadRuleUnderChineseUiCulture_ChineseNamingFileRuleAndField()
    {
        var path = Support.TestData.TempPath(".json");
        File.WriteAllText(path, """{ "WorkflowName": "W", "Rules": [ { "RuleName": "Bad", "Expression": "true", "Properties": { "points": -5, "dailyCap": 10 } } ] }""");

        var failure = Assert.Single(UiCulture.Run("zh-CN", () => Failures(o => o.PolicyPath = path)));

        Assert.Equal($"PointsOptions.PolicyPath 指向的“{path}”有误：规则“Bad”，Properties.dailyCap：上限只用于限制奖励；扣分（负积分）规则不能设上限。", failure);
    }

    [Theory]
    [InlineData("zh-CN", "SqlitePointsLedgerOptions.TenantId：必须为 1 到 256 个字符且不含控制字符，例如 \"default\"（默认值）或公司的编号。")]
    [InlineData("en", "SqlitePointsLedgerOptions.TenantId: must be 1 to 256 characters without control characters, e.g. \"default\" (the default) or the company's id.")]
    public void TenantCheck_EmptyTenant_InTheUiCulturesLanguage(string culture, string expected)
    {
        var result = UiCulture.Run(culture, () => TenantCheck.Validate("SqlitePointsLedgerOptions", ""));

        Assert.Equal(expected, result.FailureMessage);
    }
}
