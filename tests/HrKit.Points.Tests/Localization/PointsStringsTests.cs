using System.Text.RegularExpressions;
using HrKit.Points.Ledger.Holds;
using HrKit.Points.Model;
using HrKit.Points.Policies;
using HrKit.Tests.Shared;

namespace HrKit.Points.Tests.Localization;

/// <summary>
/// Issue 15: HrKit.Points' messages come from PointsStrings.resx, in English and zh-CN. A key missing in either
/// language, or an English sentence passed straight to an exception, a policy error or a rule check, fails here.
/// </summary>
public sealed partial class PointsStringsTests
{
    private const string English = "src/HrKit.Points/Resources/Localization/PointsStrings.resx";
    private const string Chinese = "src/HrKit.Points/Resources/Localization/PointsStrings.zh-CN.resx";

    private static readonly string[] Sources = ["src/HrKit.Points", "src/HrKit.Points.Sqlite", "src/HrKit.Points.PostgreSql"];

    // The calls that make a message a user sees: the exceptions, a policy problem, the rule compiler's Fail and an
    // event's rejection. (A rejection's reason inside the engine is typed LocalMessage, so a string does not compile.)
    private static readonly string[] MessageCalls =
    [
        "PointsException", "PointsInputException", "PointsLedgerException", "PointsPolicyException", "EmployeeDirectoryException",
        "PolicyError", "Fail", "fail", "RejectedEvent", "RuleFailure", "JsonException", "LocalisedJsonException",
    ];

    // Developer-facing texts, deliberately English: the generic messages of the parameterless constructors .NET
    // requires of an exception type (HrKit never throws them itself).
    private static readonly HashSet<string> Allowed =
    [
        "src/HrKit.Points/PointsException.cs: A points operation was refused.",
        "src/HrKit.Points/PointsInputException.cs: The points input is outside HrKit.Points' bounds.",
        "src/HrKit.Points/Ledger/PointsLedgerException.cs: The points ledger refused the operation.",
        "src/HrKit.Points/Employees/EmployeeDirectoryException.cs: The employee directory failed; nothing was recorded.",
    ];

    [Fact]
    public void Resources_EveryKey_InEnglishAndChinese()
    {
        Assert.Equal([], ResourceConventions.ParityProblems(English, Chinese));
    }

    [Fact]
    public void Sources_MessagesOfExceptionsAndPolicyErrors_ComeFromTheResources()
    {
        Assert.Equal([], ResourceConventions.LiteralBypasses(Sources, MessageCalls, Allowed));
    }

    [Fact]
    public void Sources_EveryKeyNamed_IsInTheResources()
    {
        var keys = ResourceConventions.Values(English).Keys.ToHashSet();
        var named = Sources
            .SelectMany(f => Directory.EnumerateFiles(Path.Combine(ResourceConventions.RepositoryRoot(), f), "*.cs", SearchOption.AllDirectories))
            .SelectMany(f => KeyLiteral().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(k => !k.EndsWith('.'))
            .ToList();

        Assert.True(named.Count > 100, $"only {named.Count} keys named");
        Assert.Equal([], named.Where(k => !keys.Contains(k)).Distinct().ToArray());
    }

    [Fact]
    public void Resources_KeysMadeFromEnumNames_ExistForEveryValue()
    {
        var keys = ResourceConventions.Values(English).Keys.ToHashSet();
        string[] made =
        [
            .. Enum.GetNames<PostingKind>().Select(n => "Word.PostingKind." + n),
            .. Enum.GetNames<HoldState>().Select(n => "Word.HoldState." + n),
            .. Enum.GetNames<HoldState>().Where(n => n != nameof(HoldState.Held)).Select(n => "Word.Hold." + n),
            .. Enum.GetNames<AttributeKind>().Select(n => "Word.Attribute." + n),
            "Word.Unit.Bytes", "Word.Unit.Levels", "Word.Unit.Rules", "Word.Unit.Characters", "Word.Unit.Operators",
            "Policy.OneLimit.cap", "Policy.OneLimit.budget",
        ];

        Assert.Equal([], made.Where(k => !keys.Contains(k)).ToArray());
    }

    [Theory]
    [InlineData("throw new PointsInputException($\"line {n}: not a valid event.\", target);", "line {n}: not a valid event.")]
    [InlineData("errors.Add(new PolicyError(null, \"Rules\", \"the policy has no rules; add one.\"));", "the policy has no rules; add one.")]
    [InlineData("Fail(\"Properties.dailyCap\", \"caps limit awards.\");", "caps limit awards.")]
    public void LiteralBypasses_EnglishSentenceInAMessageCall_IsReported(string code, string expected)
    {
        var call = new Regex(@"\b(?:new\s+)?(?:PointsInputException|PolicyError|Fail)\s*\(");

        Assert.Equal([expected], ResourceConventions.Bypasses(code, call).Select(b => b.Literal));
    }

    [Theory]
    [InlineData("throw new PointsInputException(PointsText.Of(\"Input.LineNotUtf8\", n), new HrKitErrorTarget(Line: n));")]
    [InlineData("errors.Add(new PolicyError(null, \"Properties.monthlyCap\", PointsText.Of(\"Policy.PenaltyCap\")));")]
    public void LiteralBypasses_KeysAndFieldNames_AreNotReported(string code)
    {
        var call = new Regex(@"\b(?:new\s+)?(?:PointsInputException|PolicyError|Fail)\s*\(");

        Assert.Empty(ResourceConventions.Bypasses(code, call));
    }

    [GeneratedRegex("""PointsText\.Of\(\s*"([^"]+)"[,)+]""")]
    private static partial Regex KeyLiteral();
}
