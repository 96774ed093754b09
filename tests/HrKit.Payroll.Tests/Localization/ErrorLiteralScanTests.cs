using System.Text.RegularExpressions;
using HrKit.Tests.Shared;

namespace HrKit.Payroll.Tests.Localization;

/// <summary>
/// Issue 15: every error HrKit.Payroll and HrKit.Payroll.Excel raise for users goes through PayrollStrings.resx. A
/// <c>throw new PayrollDataException($"{file}: not valid JSON")</c>, a problem added to a loader's error list or a
/// bulk-run <c>PayrollError</c> with an English sentence written inline fails here, naming the file and line.
/// </summary>
public sealed partial class ErrorLiteralScanTests
{
    // Errors a caller's code causes, not a user's data: they stay English, as in the BCL (docs/errors.md).
    private static readonly HashSet<string> DeveloperOnly =
    [
        "ArgumentException", "ArgumentNullException", "ArgumentOutOfRangeException", "InvalidOperationException",
        "ObjectDisposedException", "NotSupportedException", "UnreachableException",
    ];

    // Sites allowed to keep an English literal, each with its reason. Everything else must be a resource key.
    private static readonly string[] Allowed =
    [
        // An embedded resource missing from the assembly is a broken build, not user data.
        "Jurisdictions/China/LeavePolicyLoader.cs: The built-in leave policy resource is missing",
        "Jurisdictions/ParameterSetLoader.cs: Embedded resource",
    ];

    [Fact]
    public void PayrollSources_ErrorsForUsers_ComeFromTheResources()
    {
        var root = Path.Combine(PayrollLocalizerTests.RepositoryRoot(), "src");
        var offenders = new List<string>();
        foreach (var project in new[] { "HrKit.Payroll", "HrKit.Payroll.Excel" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, project), "*.cs", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(Path.Combine(root, "HrKit.Payroll"), file).Replace('\\', '/');
                if (relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal))
                {
                    continue;
                }

                offenders.AddRange(Bypasses(File.ReadAllText(file)).Select(b => $"{relative}: {b}")
                    .Where(o => !Allowed.Any(a => Matches(o, a))));
            }
        }

        Assert.True(offenders.Count == 0, "English error text outside PayrollStrings.resx:\n" + string.Join('\n', offenders));
    }

    [Theory]
    [InlineData("throw new PayrollDataException($\"{file}: not valid JSON ({ex.Message}).\", ex);", "not valid JSON")]
    [InlineData("throw new PayrollPeriodException(company, month, null, \"the month is already closed.\");", "the month is already closed.")]
    [InlineData("errors.Add($\"{file}: {path}.city: required, a city code.\");", "required, a city code.")]
    [InlineData("return PayrollResult.Failure(index, new PayrollError(\"?\", \"employeeId\", \"is required here.\"));", "is required here.")]
    [InlineData("errors.Add(new PayPolicyError(code, \"kind\", $\"'{kind}' is not a kind\"));", "is not a kind")]
    [InlineData("throw new FormulaSyntaxException($\"unknown name '{name}'\");", "unknown name")]
    public void Bypasses_EnglishErrorText_IsReported(string code, string expected)
    {
        Assert.Contains(Bypasses(code), b => b.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("throw new PayrollDataException(new LocalText(\"Error.Contrib.NoFiles\", folder));")]
    [InlineData("throw new PayrollInputException(id, \"jurisdictionInput.taxCode\", problem!);")]
    [InlineData("errors.Add(new LocalText(\"Error.Data.At\", $\"{file}: {path}.rounding\", problem));")]
    [InlineData("throw new ArgumentException($\"'{code}' is not a jurisdiction code.\", nameof(code));")]
    [InlineData("throw new InvalidOperationException($\"HrKit.Payroll has no embedded resource {resource}.\");")]
    public void Bypasses_KeysFieldsAndDeveloperErrors_AreAllowed(string code)
    {
        Assert.Empty(Bypasses(code));
    }

    /// <summary>The English literals passed to an error a user sees, as <c>line N: text</c>.</summary>
    private static IEnumerable<string> Bypasses(string source)
    {
        var code = string.Join('\n', source.Split('\n').Select(l => l.TrimStart().StartsWith("//", StringComparison.Ordinal) ? "" : l));
        foreach (Match call in ErrorCall().Matches(code))
        {
            if (call.Groups["type"].Success && DeveloperOnly.Contains(call.Groups["type"].Value))
            {
                continue;
            }

            var span = ResourceConventions.Arguments(code, call.Index + call.Length - 1);
            foreach (Match literal in StringLiteral().Matches(span))
            {
                var text = Hole().Replace(literal.Groups[1].Value, " ");
                if (!ResourceKey().IsMatch(text) && TwoWords().IsMatch(text))
                {
                    yield return $"line {code[..call.Index].Count(c => c == '\n') + 1}: {text.Trim()}";
                }
            }
        }
    }

    private static bool Matches(string offender, string allowed)
    {
        var colon = allowed.IndexOf(": ", StringComparison.Ordinal);
        return offender.StartsWith(allowed[..colon] + ":", StringComparison.Ordinal) && offender.Contains(allowed[(colon + 2)..], StringComparison.Ordinal);
    }

    // throw new X(…) (X any exception), a bulk-run or policy error record, and a problem added to a loader's list.
    [GeneratedRegex(@"\bthrow new (?<type>\w+)\s*\(|\bnew (?:PayrollError|PayPolicyError)\s*\(|\b_?[eE]rrors\.Add\s*\(|\bError\s*\(\s*\w+\s*,|\bWrongShape\(\)\s*=>\s*new\s*\(")]
    private static partial Regex ErrorCall();

    [GeneratedRegex(@"(?<!')\$?""((?:[^""\\\n]|\\.)*)""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Hole();

    [GeneratedRegex(@"^(Error|Explain|Message|Text|Field)\.[A-Za-z0-9_.]+$")]
    private static partial Regex ResourceKey();

    [GeneratedRegex("[A-Za-z]{2,}[ ,;:]+[A-Za-z]{2,}")]
    private static partial Regex TwoWords();
}
