using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HrKit.Payroll.Tests.DependencyInjection;

/// <summary>
/// Issue 15: as .NET's own messages, the start-up checks of <see cref="PayrollOptions"/> speak the language of
/// <see cref="CultureInfo.CurrentUICulture"/>, each saying how to fix the setting. The culture is set for the test's
/// own flow and restored.
/// </summary>
public sealed class LocalisedOptionsValidationTests
{
    private static List<string> Failures(string uiCulture)
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(uiCulture);
            using var provider = new ServiceCollection()
                .AddHrKitPayroll(o =>
                {
                    o.PolicyPath = "/nonexistent/policy.json";
                    o.MaxDegreeOfParallelism = 0;
                    o.BatchSize = 8;
                    o.OvertimeAlertShare = 1.5m;
                })
                .BuildServiceProvider();
            return [.. Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<PayrollOptions>>().Value).Failures];
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void AddHrKitPayroll_BadOptionsUnderChineseUiCulture_EveryProblemInChineseWithTheFix()
    {
        Assert.Equal(
        [
            "PayrollOptions.PolicyPath“/nonexistent/policy.json”不存在；请指向一个薪酬政策 JSON 文件，或设为 null 以使用内置的中国标准政策。",
            "PayrollOptions.MaxDegreeOfParallelism 为 0；请使用 1 到 512（默认：处理器数量）。",
            "PayrollOptions.BatchSize 为 8；请使用 16 到 1 048 576（默认 4 096）。",
            "PayrollOptions.OvertimeAlertShare 为 1.5；请使用大于 0 且不超过 1 的比例（0.20 = 20 %）。",
        ], Failures("zh-CN"));
    }

    [Fact]
    public void AddHrKitPayroll_BadOptionsUnderEnglishUiCulture_TheEnglishMessages()
    {
        Assert.Equal(
        [
            "PayrollOptions.PolicyPath '/nonexistent/policy.json' does not exist; point it at a pay policy JSON file, or leave it null for the built-in China standard policy.",
            "PayrollOptions.MaxDegreeOfParallelism is 0; use 1 to 512 (default: the processor count).",
            "PayrollOptions.BatchSize is 8; use 16 to 1 048 576 (default 4 096).",
            "PayrollOptions.OvertimeAlertShare is 1.5; use a fraction above 0 and at most 1 (0.20 = 20 %).",
        ], Failures("en-GB"));
    }
}
