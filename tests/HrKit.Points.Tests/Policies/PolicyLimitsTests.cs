using HrKit.Points.Policies;
using HrKit.Points.Tests.Support;

namespace HrKit.Points.Tests.Policies;

/// <summary>
/// Issue 10: policies that used to overflow the stack (an uncatchable crash) or run away are refused with a
/// <see cref="PointsPolicyException"/> naming the rule and the limit. These run in-process on purpose: a regression
/// kills the test host.
/// </summary>
public sealed class PolicyLimitsTests
{
    private static PolicyError SingleError(string json, PointsPolicyLimits? limits = null)
    {
        var ex = Assert.Throws<PointsPolicyException>(() => PointsPolicyLoader.Parse(json, limits ?? PointsPolicyLimits.Default));
        return Assert.Single(ex.Errors);
    }

    [Fact]
    public void Parse_ManyArgumentsWithoutLocalParams_RefusedWithoutSpeakingOfLocalParams()
    {
        // Three operators (two '.' and '=='), so the compiled tree may have 8 × 3 = 24 parts; the call's 30 literal
        // arguments make more. Nothing was inlined, so the message must not blame local params.
        var arguments = string.Join(", ", Enumerable.Range(1, 30).Select(i => $"\"{i}\""));
        var error = SingleError(PolicyJson.OneRule($"string.Concat({arguments}) == e.Subject", name: "Args"),
            new PointsPolicyLimits { MaxExpressionOperators = 3 });

        Assert.Equal(("Args", "Expression"), (error.RuleName, error.Field));
        Assert.EndsWith(
            "is not a valid condition: the expression has more than 24 parts (8 × PointsPolicyLimits.MaxExpressionOperators); split it into several rules or raise the limit.",
            error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ParenthesesTwoThousandDeep_RejectedNamingRuleAndNestingLimit()
    {
        var expression = new string('(', 2_000) + "e.Count > 1" + new string(')', 2_000);
        // Allow the length so that the nesting limit is the one that trips.
        var error = SingleError(PolicyJson.OneRule(expression, name: "Deep"), new PointsPolicyLimits { MaxExpressionLength = 10_000 });

        Assert.Equal(("Deep", "Expression"), (error.RuleName, error.Field));
        Assert.Contains("MaxExpressionNesting", error.Message, StringComparison.Ordinal);
        Assert.Contains("more than 32 deep at position 32", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HundredThousandPlusTerms_RejectedNamingOperatorLimit()
    {
        var expression = "e.Count" + string.Concat(Enumerable.Repeat(" + 1", 100_000)) + " > 1";
        var error = SingleError(PolicyJson.OneRule(expression, name: "Long"), new PointsPolicyLimits { MaxExpressionLength = 1_000_000, MaxPolicyBytes = 2 << 20 });

        Assert.Equal(("Long", "Expression"), (error.RuleName, error.Field));
        Assert.Contains("more than 256 operators", error.Message, StringComparison.Ordinal);
        Assert.Contains("MaxExpressionOperators", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 1_000, "the error must not echo the expression");
    }

    [Fact]
    public void Parse_HundredThousandPlusTermsWithDefaults_RejectedByLengthWithoutEchoingIt()
    {
        var expression = "e.Count" + string.Concat(Enumerable.Repeat(" + 1", 100_000)) + " > 1";

        var error = SingleError(PolicyJson.PointsExpression(expression, name: "LongPoints"));

        Assert.Equal(("LongPoints", "Properties.points"), (error.RuleName, error.Field));
        Assert.Contains("400,011 characters long; the limit is 4,000 (PointsPolicyLimits.MaxExpressionLength)", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 1_000, "the error must not echo the expression");
    }

    [Theory]
    [InlineData("!")]
    [InlineData("not ")]
    [InlineData("-")]
    public void Parse_LongUnaryChain_RejectedByOperatorLimit(string unary)
    {
        var expression = string.Concat(Enumerable.Repeat(unary, 300)) + "(e.Count > 1)";

        var error = SingleError(PolicyJson.OneRule(expression));

        Assert.Contains("MaxExpressionOperators", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BracketsAndOperatorsInsideStringLiterals_AreNotCounted()
    {
        var literal = new string('(', 40) + string.Concat(Enumerable.Repeat("+-", 200)) + "\\\"'";
        var policy = PointsPolicyLoader.Parse(PolicyJson.OneRule($"e.Subject == \"{literal}\""));

        Assert.Single(policy.Rules);
    }

    [Fact]
    public void Parse_NestingExactlyAtLimit_IsAccepted()
    {
        var expression = new string('(', 32) + "e.Count > 1" + new string(')', 32);

        Assert.Single(PointsPolicyLoader.Parse(PolicyJson.OneRule(expression)).Rules);
    }

    [Fact]
    public void Parse_JsonNestedHundredThousandDeep_RejectedNamingJsonDepth()
    {
        var json = """{ "WorkflowName": "T", "Rules": [ { "RuleName": "R", "Expression": "true", "Properties": { "points": 1, "description": """
            + new string('[', 100_000) + new string(']', 100_000) + " } } ] }";

        var error = SingleError(json);

        Assert.Equal((null, "policy"), (error.RuleName, error.Field));
        Assert.Contains("deeper than 32 levels (PointsPolicyLimits.MaxJsonDepth)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MoreRulesThanLimit_RejectedBeforeCompiling()
    {
        var rules = string.Join(",", Enumerable.Range(0, 11).Select(i => $$"""{ "RuleName": "R{{i}}", "Expression": "e.Nope", "Properties": { "points": 1 } }"""));

        var error = SingleError($$"""{ "WorkflowName": "T", "Rules": [ {{rules}} ] }""", new PointsPolicyLimits { MaxRules = 10 });

        // One error about the count, none about e.Nope: nothing was compiled.
        Assert.Equal((null, "Rules"), (error.RuleName, error.Field));
        Assert.Contains("11 rules; the limit is 10 (PointsPolicyLimits.MaxRules)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PolicyLargerThanLimit_RejectedNamingSize()
    {
        var json = PolicyJson.OneRule("true") + new string(' ', 2_000);

        var error = SingleError(json, new PointsPolicyLimits { MaxPolicyBytes = 1_000 });

        Assert.Contains("the limit is 1,000 (PointsPolicyLimits.MaxPolicyBytes)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_LargerThanLimit_RejectedWithoutReadingIt()
    {
        var path = TestData.TempPath(".json");
        File.WriteAllText(path, PolicyJson.OneRule("true") + new string(' ', 5_000));

        var ex = Assert.Throws<PointsPolicyException>(() => PointsPolicyLoader.LoadFile(path, new PointsPolicyLimits { MaxPolicyBytes = 4_096 }));

        Assert.Contains("at least 5,", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_NotUtf8_RejectedNamingTheByte()
    {
        var path = TestData.TempPath(".json");
        var bytes = System.Text.Encoding.UTF8.GetBytes(PolicyJson.OneRule("true").Replace("\"R\"", "\"caf\u00e9\"", StringComparison.Ordinal));
        var at = Array.IndexOf(bytes, (byte)0xC3);
        bytes[at] = 0xFF;
        File.WriteAllBytes(path, bytes);

        var ex = Assert.Throws<PointsPolicyException>(() => PointsPolicyLoader.LoadFile(path));

        Assert.Contains($"not UTF-8 (invalid bytes near byte {at})", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_Utf8WithByteOrderMark_IsAccepted()
    {
        var path = TestData.TempPath(".json");
        File.WriteAllText(path, PolicyJson.OneRule("true"), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        Assert.Single(PointsPolicyLoader.LoadFile(path).Rules);
    }

    [Theory]
    [InlineData("9223372036854775807")]
    [InlineData("-9223372036854775808")]
    [InlineData("1000001")]
    [InlineData("1e300")]
    [InlineData("\"9223372036854775807\"")]
    public void Parse_FixedPointsOutsidePostingBound_RejectedNamingRule(string points)
    {
        var error = SingleError(PolicyJson.OneRule("true", points, "Huge"));

        Assert.Equal(("Huge", "Properties.points"), (error.RuleName, error.Field));
        Assert.Contains("PointsBounds.MaxPointsPerPosting", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FixedPointsAtPostingBound_IsAccepted()
    {
        var policy = PointsPolicyLoader.Parse(PolicyJson.OneRule("true", "-1000000"));

        Assert.Equal(-PointsBounds.MaxPointsPerPosting, policy.Rules.Single().Points);
    }

    [Fact]
    public void Parse_CapAboveMaxBalance_Rejected()
    {
        var json = PolicyJson.OneRule("true").Replace("\"points\": 1", "\"points\": 1, \"dailyCap\": 9223372036854775807", StringComparison.Ordinal);

        var error = SingleError(json);

        Assert.Equal(("R", "Properties.dailyCap"), (error.RuleName, error.Field));
        Assert.Contains("PointsBounds.MaxBalance", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RuleNameLongerThanLimit_Rejected()
    {
        var error = SingleError(PolicyJson.OneRule("true", name: new string('n', 129)));

        Assert.Equal(("#1", "RuleName"), (error.RuleName, error.Field));
        Assert.Contains("PointsBounds.MaxRuleNameLength", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 32, 256)]
    [InlineData(4_000, 65, 256)]
    [InlineData(4_000, 32, 1_001)]
    public void Parse_LimitsOutOfRange_ThrowArgumentExceptionSayingTheRange(int length, int nesting, int operators)
    {
        var limits = new PointsPolicyLimits { MaxExpressionLength = length, MaxExpressionNesting = nesting, MaxExpressionOperators = operators };

        var ex = Assert.Throws<ArgumentException>(() => PointsPolicyLoader.Parse(PolicyJson.OneRule("true"), limits));

        Assert.Contains("set it between 1 and", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// The ceilings are what makes the limits a guarantee: the worst expressions they let through must still parse,
    /// verify and compile on a thread with a 1 MB stack (thread-pool threads have 1.5 MB). A failure here is a crash.
    /// </summary>
    [Fact]
    public void Parse_WorstExpressionsAtTheCeilings_FitInAOneMegabyteStack()
    {
        var limits = new PointsPolicyLimits
        {
            MaxExpressionLength = 100_000,
            MaxExpressionNesting = PointsPolicyLimits.NestingCeiling,
            MaxExpressionOperators = PointsPolicyLimits.OperatorCeiling,
        };
        var nest = PointsPolicyLimits.NestingCeiling;
        var ops = PointsPolicyLimits.OperatorCeiling - 10;
        string[] expressions =
        [
            new string('(', nest) + "e.Count" + string.Concat(Enumerable.Repeat(" + 1", ops - 2)) + new string(')', nest) + " > 1",
            new string('(', nest - 1) + string.Concat(Enumerable.Repeat("!", ops)) + "(e.Count > 1)" + new string(')', nest - 1),
            new string('(', nest) + string.Concat(Enumerable.Repeat("-", ops - 2)) + "e.Count" + new string(')', nest) + " > 1",
            string.Concat(Enumerable.Repeat("e.Count > 1 ? true : (", nest - 1)) + "false" + new string(')', nest - 1),
            string.Concat(Enumerable.Repeat("e.Count > 1 ? true : ", ops / 5)) + "false", // . > ? : per link
            "e.Subject" + string.Concat(Enumerable.Repeat(".Trim()", nest - 1)) + string.Concat(Enumerable.Repeat(" + \"\"", ops - 2 * nest)) + " == \"\"",
            string.Concat(Enumerable.Repeat("(e.Count > 1 && ", nest)) + "true" + new string(')', nest) + string.Concat(Enumerable.Repeat(" || e.Type == \"t\"", (ops - 3 * nest) / 3)),
        ];
        var outcomes = new string[expressions.Length];
        var thread = new Thread(
            () =>
            {
                for (var i = 0; i < expressions.Length; i++)
                {
                    try
                    {
                        PointsPolicyLoader.Parse(PolicyJson.OneRule(expressions[i]), limits);
                        outcomes[i] = "ok";
                    }
                    catch (PointsPolicyException ex)
                    {
                        outcomes[i] = ex.Errors[0].Message[Math.Max(0, ex.Errors[0].Message.Length - 300)..];
                    }
                }
            },
            maxStackSize: 1 << 20);

        thread.Start();
        thread.Join();

        Assert.Equal(string.Join("\n", Enumerable.Repeat("ok", outcomes.Length)), string.Join("\n", outcomes));
    }
}
