using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace HrKit.Payroll.Tests.Localization;

/// <summary>
/// Issue 15: the explanation, message, alert and input-error producers of HrKit.Payroll write no English sentence of
/// their own (every sentence is a resource), and every Chinese resource of those kinds is Chinese.
/// </summary>
public sealed partial class PayrollStringsTests
{
    // The files that write payslip explanations, payslip messages, report alerts and input-check errors, and the
    // Excel reader's sheet, row and column errors (HrKit.Payroll.Excel raises them as PayrollStrings keys).
    private static readonly string[] Producers =
    [
        "Engine/Explanations/FormulaExplanation.cs",
        "Periods/RetroExplanation.cs",
        "Engine/Explanations/TextExplanation.cs",
        "Engine/Explanations/InputTexts.cs",
        "Engine/Explanations/MessageExplanation.cs",
        "Engine/InputValidator.cs",
        "Jurisdictions/StatutoryExplanation.cs",
        "Jurisdictions/China/Explanations/ContributionExplanation.cs",
        "Jurisdictions/China/Explanations/WithholdingExplanation.cs",
        "Jurisdictions/China/Explanations/BonusTaxExplanation.cs",
        "Jurisdictions/China/ChinaMessages.cs",
        "Jurisdictions/China/ChinaInputValidator.cs",
        "Jurisdictions/China/LeaveMonthValidator.cs",
        "Jurisdictions/China/MinimumWageCheck.cs",
        "Jurisdictions/HongKong/HongKongExplanations.cs",
        "Jurisdictions/HongKong/HongKongInput.cs",
        "Jurisdictions/Singapore/SingaporeExplanations.cs",
        "Jurisdictions/Singapore/SingaporeInput.cs",
        "Jurisdictions/UnitedKingdom/UnitedKingdomExplanations.cs",
        "Jurisdictions/UnitedKingdom/TaxCode.cs",
        "Reports/PayrollReportBuilder.cs",
        "../HrKit.Payroll.Excel/ExcelFiles.cs",
        "../HrKit.Payroll.Excel/Input/XlsxInputReader.cs",
        "../HrKit.Payroll.Excel/Input/CellValue.cs",
    ];

    public static TheoryData<string> ProducerFiles() => [.. Producers];

    [Theory]
    [MemberData(nameof(ProducerFiles))]
    public void Producer_StringLiterals_AreKeysOrCodesNotSentences(string file)
    {
        var path = Path.Combine(PayrollLocalizerTests.RepositoryRoot(), "src", "HrKit.Payroll", file);
        var code = string.Join('\n', File.ReadAllLines(path).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));

        // Figure names (new("requested base", value)) are the names of LineExplanation.Figures, data rather than text.
        code = FigureName().Replace(code, "");
        var literals = StringLiteral().Matches(code).Select(m => Hole().Replace(m.Groups[1].Value, " ")).ToList();

        Assert.Equal([], literals.Where(l => TwoWords().IsMatch(l)).ToArray());
    }

    [Fact]
    public void Producer_ResourceKeysItNames_ExistInBothLanguages()
    {
        var english = PayrollLocalizerTests.ResxKeys("PayrollStrings.resx");
        var named = new List<string>();
        foreach (var file in Producers)
        {
            var code = File.ReadAllText(Path.Combine(PayrollLocalizerTests.RepositoryRoot(), "src", "HrKit.Payroll", file));
            named.AddRange(KeyLiteral().Matches(code).Select(m => m.Groups[1].Value).Where(k => !k.EndsWith('.')));
        }

        Assert.True(named.Count > 60, $"only {named.Count} keys named");
        Assert.Equal([], named.Where(k => !english.Contains(k)).Distinct().ToArray());
    }

    // Chinese texts of explanations, messages, alerts, errors and built-in data: no English sentence is left in them.
    [Fact]
    public void ChineseResources_ExplanationsMessagesAlertsErrors_HaveNoEnglishSentence()
    {
        var english = Values("PayrollStrings.resx");
        var untranslated = Values("PayrollStrings.zh-CN.resx")
            .Where(kv => Translated().IsMatch(kv.Key))
            .Where(kv => LocalisedExplanationTests.EnglishSentence(Command().Replace(Hole().Replace(kv.Value, " "), " ")) is not null || (english[kv.Key] == kv.Value && TwoWords().IsMatch(kv.Value)))
            .Select(kv => kv.Key + " = " + kv.Value)
            .ToArray();

        Assert.Equal([], untranslated);
    }

    // A built-in data text is matched by its English value: one English value must have one Chinese translation.
    [Fact]
    public void BuiltInTexts_SameEnglish_SameChinese()
    {
        var english = Values("PayrollStrings.resx").Where(kv => kv.Key.StartsWith("Text.", StringComparison.Ordinal));
        var chinese = Values("PayrollStrings.zh-CN.resx");

        var conflicting = english.GroupBy(kv => kv.Value).Where(g => g.Select(kv => chinese[kv.Key]).Distinct().Count() > 1).Select(g => g.Key).ToArray();

        Assert.Equal([], conflicting);
    }

    private static Dictionary<string, string> Values(string file)
    {
        var path = Path.Combine(PayrollLocalizerTests.RepositoryRoot(), "src", "HrKit.Payroll", "Resources", "Localization", file);
        return XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);
    }

    [GeneratedRegex("^(Explain|Message|Report\\.Alert|Error|Text|Figure)\\.")]
    private static partial Regex Translated();

    [GeneratedRegex("(?<!')\"((?:[^\"\\\\\\n]|\\\\.)*)\"")]
    private static partial Regex StringLiteral();

    [GeneratedRegex("\"((?:Explain|Message|Report|Error|Figure|Text|Field)\\.[A-Za-z0-9_.]+)\"")]
    private static partial Regex KeyLiteral();

    [GeneratedRegex("new\\(\"[^\"\\n]*\",")]
    private static partial Regex FigureName();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Hole();

    // An hrkit command line quoted in a message (hrkit payroll retro --month <未关账月份>) is typed as written in every language.
    [GeneratedRegex(@"hrkit [^（）()，；。]*")]
    private static partial Regex Command();

    [GeneratedRegex("[A-Za-z]{2,}[ ,;:]+[A-Za-z]{2,}")]
    private static partial Regex TwoWords();
}
