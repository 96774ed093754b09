using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace HrKit.Cli.Tests;

/// <summary>
/// Issue 15: hrkit's texts exist in English and zh-CN alike, every documented error code has a title in both, and the
/// localised renderers print no English literal of their own.
/// </summary>
public sealed partial class CliStringsTests
{
    // The renderers whose every word comes from the resources: a string literal in them is a resource key, a number
    // format or punctuation. A heading written as "Gross" instead of texts["Report.Gross"] fails here.
    private static readonly string[] LocalisedSources = ["src/HrKit.Cli/Output/PayslipText.cs", "src/HrKit.Cli/Output/PayslipTableSink.cs"];

    [Theory]
    [InlineData("src/HrKit.Cli/Resources/CliStrings")]
    [InlineData("src/HrKit.Payroll/Resources/Localization/PayrollStrings")]
    public void Resources_EnglishAndChinese_HaveTheSameKeys(string resource)
    {
        var english = Keys(resource + ".resx");
        var chinese = Keys(resource + ".zh-CN.resx");

        Assert.NotEmpty(english);
        Assert.Empty(english.Except(chinese));
        Assert.Empty(chinese.Except(english));
    }

    [Fact]
    public void Resources_EveryErrorCodeOfTheErrorsTable_HasATitleInBothLanguages()
    {
        var table = File.ReadAllText(CliRunner.RepoFile("docs/errors.md"));
        var codes = ErrorCodeRow().Matches(table).Select(m => m.Groups[1].Value).ToList();
        var english = Keys("src/HrKit.Cli/Resources/CliStrings.resx");
        var chinese = Keys("src/HrKit.Cli/Resources/CliStrings.zh-CN.resx");

        Assert.True(codes.Count >= 20, $"only {codes.Count} codes found in docs/errors.md");
        Assert.Equal([], codes.Where(c => !english.Contains("Error." + c) || !chinese.Contains("Error." + c)).ToArray());
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void LocalisedRenderer_StringLiterals_AreResourceKeysOrFormatsOnly(string source)
    {
        var known = Keys("src/HrKit.Cli/Resources/CliStrings.resx").Concat(Keys("src/HrKit.Payroll/Resources/Localization/PayrollStrings.resx")).ToHashSet();
        var code = string.Join('\n', File.ReadAllLines(CliRunner.RepoFile(source)).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
        var literals = StringLiteral().Matches(code).Select(m => Hole().Replace(m.Groups[1].Value, "")).ToList();

        Assert.NotEmpty(literals);
        Assert.Equal([], literals.Where(l => Word().IsMatch(l) && !NumberFormat().IsMatch(l) && !known.Contains(l)).ToArray());
    }

    public static TheoryData<string> Sources() => [.. LocalisedSources];

    internal static HashSet<string> Keys(string file) =>
        XDocument.Load(CliRunner.RepoFile(file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"^\| `([A-Za-z]+)` \|", RegexOptions.Multiline)]
    private static partial Regex ErrorCodeRow();

    [GeneratedRegex("(?<!')\"((?:[^\"\\\\\\n]|\\\\.)*)\"")]
    internal static partial Regex StringLiteral();

    [GeneratedRegex(@"\{[^}]*\}")]
    internal static partial Regex Hole();

    [GeneratedRegex("[A-Za-z]{2,}")]
    internal static partial Regex Word();

    [GeneratedRegex(@"^[NPD]\d$")]
    private static partial Regex NumberFormat();
}
