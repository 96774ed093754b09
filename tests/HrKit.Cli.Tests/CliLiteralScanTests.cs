using System.Text.RegularExpressions;

namespace HrKit.Cli.Tests;

/// <summary>
/// Issue 15: every text hrkit prints comes from CliStrings. A string literal handed to the console, a table, the
/// progress display, a usage error, a CLI exception or a --help description that is not a resource key fails here:
/// <c>console.Out.WriteLineAsync($"{month} closed.")</c> instead of <c>CliStrings.Format("Payroll.Closed", month)</c>.
/// </summary>
public sealed partial class CliLiteralScanTests
{
    // The HTML report and the Excel workbooks are bilingual by design (中文 / English in one heading) and are markup,
    // not console text; docs/localisation.md says so.
    // JSON and CSV are machine-readable: their keys and column names stay stable English identifiers.
    private static readonly string[] BilingualByDesign =
    [
        "src/HrKit.Cli/Output/Html/", "src/HrKit.Cli/Output/PointsWorkbook.cs", "src/HrKit.Cli/Output/CsvPayslipSink.cs", "src/HrKit.Cli/Output/JsonPayslipSink.cs",
    ];

    [Fact]
    public void CliSources_UserFacingLiterals_ComeFromTheResources()
    {
        var root = CliRunner.RepoFile("src/HrKit.Cli");
        var known = ResourceKeys();
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(CliRunner.RepoFile(""), file).Replace('\\', '/');
            if (relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal)
                || BilingualByDesign.Any(b => relative.StartsWith(b, StringComparison.Ordinal)))
            {
                continue;
            }

            offenders.AddRange(Bypasses(File.ReadAllText(file), known).Select(b => $"{relative}: {b}"));
        }

        Assert.True(offenders.Count == 0, "English literals outside CliStrings:\n" + string.Join('\n', offenders));
    }

    [Theory]
    [InlineData("await console.Out.WriteLineAsync($\"{YearMonthPattern.Iso.Format(m)} closed.\").ConfigureAwait(false);", "closed.")]
    [InlineData("var command = new Command(\"close\", \"Lock a paid month of the period store.\") { month };", "Lock a paid month of the period store.")]
    [InlineData("var x = new Option<bool>(\"--explain\") { Description = \"Each payslip explained.\" };", "Each payslip explained.")]
    [InlineData("result.AddError(\"--to is before --from\");", "--to is before --from")]
    [InlineData("var table = SpectreConsoles.Table((\"Employee\", false), (\"Points\", true));", "Employee")]
    [InlineData("throw new CliDataException($\"--db: no audit log at '{path}'.\");", "--db: no audit log at ''.")]

    [InlineData("ProgressDisplay.RunAsync(console, wanted, () => \"syncing attendance\", work)", "syncing attendance")]
    public void Bypasses_EnglishLiteralInAUserFacingCall_IsReported(string code, string expected)
    {
        Assert.Contains(Bypasses(code, ResourceKeys()), f => f.EndsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("await console.Out.WriteLineAsync(CliStrings.Format(\"Payroll.Closed\", m)).ConfigureAwait(false);")]
    [InlineData("var command = new Command(\"close\", CliStrings.Get(\"Help.Payroll.Close\")) { month };")]
    [InlineData("table.AddTextRow(\"  \" + id, b.Points.ToString(\"N0\", inv), a.Days.ToString(\"0.#\", inv));")]
    [InlineData("var input = InputFile.Open(settings.Input, \"--input\"); throw new CliDataException($\"{option} {path}: {ex.Message}\", ex);")]
    [InlineData("if (name.EndsWith(\".xlsx\")) { w.WriteLine(\"\"); }")]
    public void Bypasses_KeysFormatsOptionNamesAndPunctuation_AreAllowed(string code)
    {
        Assert.Empty(Bypasses(code, ResourceKeys()));
    }

    /// <summary>The literals with a word in them passed to a user-facing call, as <c>line N: text</c>.</summary>
    private static IEnumerable<string> Bypasses(string source, HashSet<string> known)
    {
        var code = string.Join('\n', source.Split('\n').Select(l => l.TrimStart().StartsWith("//", StringComparison.Ordinal) ? "" : l));
        foreach (Match call in UserFacingCall().Matches(code))
        {
            var span = call.Groups["assign"].Success ? code[call.Index..LineEnd(code, call.Index)] : HrKit.Tests.Shared.ResourceConventions.Arguments(code, call.Index + call.Length - 1);
            var literals = CliStringsTests.StringLiteral().Matches(span).Select(m => m.Groups[1].Value).ToList();
            if (call.Groups["api"].Value == "Command")
            {
                literals.RemoveAll(l => CommandName().IsMatch(l)); // the command's name, typed by the user as written
            }

            foreach (var literal in literals.Select(l => CliStringsTests.Hole().Replace(l, "")))
            {
                var words = OptionName().Replace(literal, "");
                if (CliStringsTests.Word().IsMatch(words) && !known.Contains(literal) && !Allowed().IsMatch(literal)
                    && !(literal.EndsWith('.') && known.Any(k => k.StartsWith(literal, StringComparison.Ordinal))))
                {
                    yield return $"line {code[..call.Index].Count(c => c == '\n') + 1}: {literal}";
                }
            }
        }
    }

    private static int LineEnd(string code, int from) => code.IndexOf('\n', from) is var end and >= 0 ? end : code.Length;

    private static HashSet<string> ResourceKeys() =>
        [.. CliStringsTests.Keys("src/HrKit.Cli/Resources/CliStrings.resx"), .. CliStringsTests.Keys("src/HrKit.Payroll/Resources/Localization/PayrollStrings.resx")];

    // Console and writer output, Spectre tables, the progress display, usage errors, CLI exceptions, commands and
    // --help descriptions.
    [GeneratedRegex(@"\b(?<api>WriteLineAsync|WriteLine|WriteAsync|Write|AddTextRow|AddRow|AddColumn|Table|AddError|RunAsync|Status|CliDataException|CliUsageException|Command)\s*\(|(?<assign>\bDescription\s*=)")]
    private static partial Regex UserFacingCall();


    // File extensions (.xlsx), number formats (N0, P2), --help's value names (FILE, YYYY-MM, YUAN,YUAN) and the tool's
    // own name. A key prefix ("Error." + code) is allowed above.
    [GeneratedRegex(@"^(\.[a-z]+|[NPD]\d|[A-Z]+([-|,][A-Z]+)*|hrkit)$")]
    private static partial Regex Allowed();

    // Option names are typed as written in every language: --input, -q.
    [GeneratedRegex(@"(?<![A-Za-z])-{1,2}[a-z][a-z-]*")]
    private static partial Regex OptionName();

    [GeneratedRegex(@"^[a-z][a-z-]*$")]
    private static partial Regex CommandName();
}
