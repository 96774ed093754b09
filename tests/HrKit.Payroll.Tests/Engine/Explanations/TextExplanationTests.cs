using System.Globalization;
using HrKit.Payroll.Engine.Explanations;
using HrKit.Payroll.Localization;

namespace HrKit.Payroll.Tests.Engine.Explanations;

/// <summary>A fixed text: a built-in one (a resource key) is shown in the reader's language, a host's as written in every language.</summary>
public sealed class TextExplanationTests
{
    private static readonly PayrollLocalizer Chinese = PayrollLocalizer.For(new CultureInfo("zh-CN"));

    [Fact]
    public void BuiltInText_EnglishByDefault_ChineseForAChineseReader()
    {
        var text = TextExplanation.FromResource("Explain.OtherEarnings");

        Assert.Equal("Taxable earnings reported by the host (otherEarnings).", text.ToString());
        Assert.Equal("由系统报送的其他应税收入（otherEarnings）。", text.Describe(Chinese));
    }

    [Fact]
    public void HostText_SameInEveryLanguage()
    {
        var text = new TextExplanation("Agreed with the works council.");

        Assert.Equal("Agreed with the works council.", text.ToString());
        Assert.Equal("Agreed with the works council.", text.Describe(Chinese));
    }
}
