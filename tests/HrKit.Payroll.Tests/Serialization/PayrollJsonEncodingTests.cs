using System.Text;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;
using HrKit.Payroll.Serialization;
using NodaTime;

namespace HrKit.Payroll.Tests.Serialization;

/// <summary>Issue 15: JSON output is UTF-8 as written (张伟, not \u5F20\u4F1F), amounts rounded as documented.</summary>
public sealed class PayrollJsonEncodingTests
{
    private static readonly PayrollEngine Engine = new PayrollEngineBuilder().Build();

    private static readonly EmployeeMonthInput Zhang = new()
    {
        EmployeeId = "E1", Name = "张伟", Department = "研发<部>", Period = new YearMonth(2026, 1), City = "beijing", BaseSalary = 10_000m,
    };

    // 张 = U+5F20 = E5 BC A0, 伟 = U+4F1F = E4 BC 9F in UTF-8.
    private static readonly byte[] ZhangWeiUtf8 = [0x22, 0xE5, 0xBC, 0xA0, 0xE4, 0xBC, 0x9F, 0x22];

    [Fact]
    public async Task WritePayslipsAsync_ChineseName_WrittenAsUtf8BytesNotEscapes()
    {
        using var stream = new MemoryStream();
        await PayrollJson.WritePayslipsAsync(stream, new[] { Engine.Calculate(Zhang) }.ToAsyncEnumerable());
        var bytes = stream.ToArray();

        Assert.True(bytes.AsSpan().IndexOf(ZhangWeiUtf8) >= 0, "\"张伟\" is not in the output as UTF-8");
        Assert.DoesNotContain("\\u5F20", Encoding.UTF8.GetString(bytes), StringComparison.OrdinalIgnoreCase);
    }

    // The documented trade-off (docs/localisation.md#json): text is written as it is, HTML-sensitive characters included;
    // only what JSON requires is escaped. A character outside the BMP (𠮷, U+20BB7) is written as its 4 UTF-8 bytes too.
    [Fact]
    public void Serialize_TextAsWritten_OnlyJsonEscapes()
    {
        var json = PayrollJson.Serialize(Engine.Calculate(Zhang with { Name = "𠮷田 \"小\" 张", Department = "研发<部>&+" }));

        Assert.Contains("\"name\":\"𠮷田 \\\"小\\\" 张\"", json, StringComparison.Ordinal);
        Assert.Contains("\"department\":\"研发<部>&+\"", json, StringComparison.Ordinal);
    }

    // What JSON requires is still escaped (a control character); a lone surrogate, not valid UTF-8, becomes U+FFFD.
    [Fact]
    public void Serialize_ControlCharacterAndLoneSurrogate_Escaped()
    {
        var json = PayrollJson.Serialize(Engine.Calculate(Zhang with { Name = "张\n伟\uD800" }));

        Assert.Contains("\"name\":\"张\\n伟\uFFFD\"", json, StringComparison.Ordinal);
    }

    // Daily wage = 10 000 / 21.75 = 459.770114942…: the info line is shown to the fen (docs/payroll-input.md#rounding),
    // the hourly wage is computed from the full value: 459.770114942… / 8 = 57.471264… → 57.47.
    [Fact]
    public void Serialize_InfoLines_AmountsRoundedToTheFen()
    {
        var json = PayrollJson.Serialize(Engine.Calculate(Zhang));

        Assert.Contains("\"code\":\"DAILY_RATE\",\"name\":\"Daily wage\",\"kind\":\"info\",\"amount\":459.77,", json, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"HOURLY_RATE\",\"name\":\"Hourly wage\",\"kind\":\"info\",\"amount\":57.47,", json, StringComparison.Ordinal);
    }
}
