using System.Globalization;
using HrKit.Points.Engine;
using HrKit.Points.Model;
using HrKit.Points.Policies;
using NodaTime;

namespace HrKit.Points.Tests.Policies;

/// <summary>
/// Every problem a policy author can make is reported with its rule, its field and the fix, as the documented English
/// text says it (PointsStrings.resx), with the author's values put in by hand.
/// </summary>
public sealed class PolicyProblemTests
{
    private const string Ok = """{ "RuleName": "Ok", "Expression": "true", "Properties": { "points": 1 } }""";

    private static string Problems(string json, PointsPolicyLimits? limits = null) =>
        string.Join(Environment.NewLine, Assert.Throws<PointsPolicyException>(() => PointsPolicyLoader.Parse(json, limits ?? PointsPolicyLimits.Default)).Errors.Select(e => e.ToString()));

    private static string RuleProblems(string rule, PointsPolicyLimits? limits = null) =>
        Problems($$"""{ "WorkflowName": "T", "Rules": [ {{rule}} ] }""", limits);

    public static TheoryData<string, string> PolicyLevel => new()
    {
        { $$"""{ "Rules": [ {{Ok}} ] }""", "WorkflowName: missing; give the policy a name, e.g. \"WorkflowName\": \"PointsPolicy\"." },
        { $$"""{ "WorkflowName": "T", "GlobalParams": [ { "Name": "x", "Expression": "1" } ], "Rules": [ {{Ok}} ] }""", "GlobalParams: GlobalParams and WorkflowsToInject are not supported; inline them into each rule." },
        { $$"""{ "WorkflowName": "T", "WorkflowsToInject": [ "Other" ], "Rules": [ {{Ok}} ] }""", "GlobalParams: GlobalParams and WorkflowsToInject are not supported; inline them into each rule." },
        { $$"""{ "WorkflowName": "T", "RuleExpressionType": "Other", "Rules": [ {{Ok}} ] }""", "RuleExpressionType: 'Other' is not supported; use \"LambdaExpression\" or leave it out." },
        { """{ "WorkflowName": "T", "Rules": [ ] }""", "Rules: the policy has no rules; add at least one." },
        { """{ "WorkflowName": "T" }""", "Rules: the policy has no rules; add at least one." },
        { """{ "WorkflowName": "T", "Rules": [ null ] }""", "rule '#1': Rules: null is not a rule; remove it." },
        { $$"""{ "WorkflowName": "T", "Rules": [ {{Ok}}, null ] }""", "rule '#2': Rules: null is not a rule; remove it." },
        { """{ "WorkflowName": "T", "Rules": [ { "RuleName": "A", "Expression": "true", "Properties": { "points": 1 } }, { "RuleName": "A", "Expression": "true", "Properties": { "points": 2 } } ] }""",
            "rule 'A': RuleName: duplicate name; rename rule #2 (names are case-sensitive and must be unique)." },
        { $$"""[ { "WorkflowName": "A", "Rules": [ {{Ok}} ] }, { "WorkflowName": "B", "Rules": [ {{Ok}} ] } ]""", "policy: the file holds 2 workflows; a points policy is exactly one workflow." },
        { "\"policy\"", "policy: the policy must be a JSON object with WorkflowName and Rules." },
        { "[ 5 ]", "policy: the policy must be a JSON object with WorkflowName and Rules." },
    };

    [Theory]
    [MemberData(nameof(PolicyLevel))]
    public void Parse_PolicyLevelProblem_NamesFieldAndFix(string json, string expected)
    {
        Assert.Equal(expected, Problems(json));
    }

    [Fact]
    public void Parse_RuleExpressionTypeLambdaExpression_IsAccepted()
    {
        var policy = PointsPolicyLoader.Parse($$"""{ "WorkflowName": "T", "RuleExpressionType": "LambdaExpression", "Rules": [ {{Ok}} ] }""");

        Assert.Equal("Ok", Assert.Single(policy.Rules).Name);
    }

    [Fact]
    public void Parse_RuleNamesAfterATooLongOne_CountFromTheirPlaceInTheFile()
    {
        // The too-long name is replaced by its place, #2, in the messages about that rule.
        var problems = Problems($$"""{ "WorkflowName": "T", "Rules": [ {{Ok}}, { "RuleName": "{{new string('x', 129)}}", "Expression": "e.Nope", "Properties": { "points": 1 } } ] }""");

        Assert.StartsWith("rule '#2': RuleName: 129 characters long;", problems, StringComparison.Ordinal);
        Assert.Contains("rule '#2': Expression: 'e.Nope' is not a valid condition:", problems, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> RuleLevel => new()
    {
        { """{ "RuleName": "R", "RuleExpressionType": "Other", "Expression": "true", "Properties": { "points": 1 } }""", "rule 'R': RuleExpressionType: 'Other' is not supported; use \"LambdaExpression\" or leave it out." },
        { """{ "RuleName": "R", "Actions": { "OnSuccess": { "Name": "OutputExpression" } }, "Expression": "true", "Properties": { "points": 1 } }""",
            "rule 'R': Actions: RulesEngine actions (OnSuccess/OnFailure) are not supported; a matching rule awards its Properties.points. Remove Actions." },
        { """{ "RuleName": "R", "WorkflowsToInject": [ "Other" ], "Expression": "true", "Properties": { "points": 1 } }""",
            "rule 'R': WorkflowsToInject: injected workflows are not supported; copy their rules into this one as nested Rules." },
        { """{ "RuleName": "R", "Properties": { "points": 1 } }""", "rule 'R': Expression: missing; write a condition such as e.Type == \"checkIn\"." },
        { """{ "RuleName": "R", "Operator": "AndAlso", "Expression": "true", "Rules": [ { "RuleName": "C", "Expression": "true" } ], "Properties": { "points": 1 } }""",
            "rule 'R': Expression: RulesEngine ignores Expression on a rule with an Operator; move the condition into one of its nested Rules." },
        { """{ "RuleName": "R", "Operator": "AndAlso", "Rules": [ ], "Properties": { "points": 1 } }""",
            "rule 'R': Rules: Operator 'AndAlso' joins nested rules, and this rule has none; add Rules or remove Operator." },
        { """{ "RuleName": "R", "Operator": "OrElse", "Rules": [ { "RuleName": "C", "Expression": "true" }, null ], "Properties": { "points": 1 } }""",
            "rule 'R': Rules[2]: null is not a rule; remove it." },
        { """{ "RuleName": "R", "Operator": "OrElse", "Rules": [ { "RuleName": "C", "Expression": "true" }, { "Expression": "true" } ], "Properties": { "points": 1 } }""",
            "rule 'R/#2': RuleName: missing; RulesEngine requires a name on every nested rule too." },
        { """{ "RuleName": "R", "Operator": "OrElse", "Rules": [ { "RuleName": "C", "Expression": "true", "Properties": { "points": 5 } } ], "Properties": { "points": 1 } }""",
            "rule 'R/C': Properties: a nested rule only decides whether 'R' matches; points and caps belong in the top-level rule's Properties." },
        { """{ "RuleName": "R", "LocalParams": [ { "Name": "e", "Expression": "1" } ], "Expression": "true", "Properties": { "points": 1 } }""",
            "rule 'R': LocalParams[1].Name: 'e' is already in scope (the event e, or a local param of this rule or an enclosing one); rename it." },
        { """{ "RuleName": "R", "Expression": "true", "Properties": { "points": -1, "monthlyCap": 5 } }""",
            "rule 'R': Properties.monthlyCap: caps limit awards; a penalty (negative points) cannot have a cap." },
        { """{ "RuleName": "R", "Expression": "emp.dept == \"x\"", "Properties": { "points": 1 } }""",
            "rule 'R': Expression: 'emp.dept == \"x\"' is not a valid condition: Unknown identifier 'emp'. The employee's fields are emp.department, emp.grade, emp.hireDate, emp.tenureYears (case-sensitive). (at position 0)" },
    };

    [Theory]
    [MemberData(nameof(RuleLevel))]
    public void Parse_RuleLevelProblem_NamesRuleFieldAndFix(string rule, string expected)
    {
        Assert.Equal(expected, RuleProblems(rule));
    }

    [Fact]
    public void Parse_BadLocalParamExpression_NamesItsField()
    {
        var problems = RuleProblems("""{ "RuleName": "R", "LocalParams": [ { "Name": "a", "Expression": "e.Nope" } ], "Expression": "true", "Properties": { "points": 1 } }""");

        Assert.StartsWith("rule 'R': LocalParams[1].Expression: 'e.Nope' is not a valid expression: No property or field 'Nope'", problems, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmptyPropertiesOnANestedRule_AreAccepted()
    {
        var policy = PointsPolicyLoader.Parse("""{ "WorkflowName": "T", "Rules": [ { "RuleName": "R", "Operator": "OrElse", "Rules": [ { "RuleName": "C", "Expression": "true", "Properties": { } } ], "Properties": { "points": 1 } } ] }""");

        Assert.Equal("R", Assert.Single(policy.Rules).Name);
    }

    [Theory]
    // Nested rules count against MaxRules per top-level rule: 2 nested rules fit a limit of 2, a third does not.
    [InlineData(2, "")]
    [InlineData(3, "rule 'R': Rules: the policy has more than 2 rules, nested ones included (PointsPolicyLimits.MaxRules).")]
    public void Parse_NestedRulesBeyondMaxRules_Refused(int nested, string expected)
    {
        var children = string.Join(", ", Enumerable.Range(1, nested).Select(i => $$"""{ "RuleName": "C{{i}}", "Expression": "true" }"""));
        var json = $$"""{ "WorkflowName": "T", "Rules": [ { "RuleName": "R", "Operator": "OrElse", "Rules": [ {{children}} ], "Properties": { "points": 1 } } ] }""";
        var limits = new PointsPolicyLimits { MaxRules = 2 };

        if (expected.Length == 0)
        {
            Assert.Single(PointsPolicyLoader.Parse(json, limits).Rules);
        }
        else
        {
            Assert.Equal(expected, Problems(json, limits));
        }
    }

    [Theory]
    // "And" and "Or" are RulesEngine's short names for AndAlso and OrElse.
    [InlineData("Or", 8, true)]
    [InlineData("Or", 12, false)]
    [InlineData("Or", 19, true)]
    [InlineData("And", 8, false)]
    [InlineData("And", 19, false)]
    public void Evaluate_ShortOperatorNames_JoinAsTheLongOnes(string op, int hour, bool expected)
    {
        var policy = PointsPolicyLoader.Parse($$"""
            { "WorkflowName": "T", "Rules": [ { "RuleName": "R", "Operator": "{{op}}",
              "Rules": [ { "RuleName": "Early", "Expression": "e.Hour < 9" }, { "RuleName": "Late", "Expression": "e.Hour > 18" } ],
              "Properties": { "points": 1 } } ] }
            """);
        var hits = new List<RuleHit>();

        policy.Evaluate(EventFacts.From(new PointsEvent("x", "E1", "t", Instant.FromUtc(2025, 6, 2, hour, 0)), DateTimeZone.Utc), hits);

        Assert.Equal(expected, hits.Count == 1);
    }

    [Fact]
    public void Parse_PolicyLargerThanTheLimit_IsOnePolicyLevelError()
    {
        var json = $$"""{ "WorkflowName": "T", "Rules": [ {{Ok}} ] }""";

        Assert.Equal(
            $"policy: the policy is at least {json.Length} bytes; the limit is 10 (PointsPolicyLimits.MaxPolicyBytes). A policy of a hundred rules is about 30 KB: remove unused rules or raise the limit.",
            Problems(json, new PointsPolicyLimits { MaxPolicyBytes = 10 }));
    }

    [Fact]
    public void Parse_LimitsOutOfRange_ArgumentExceptionListsEachWithItsRange()
    {
        var ex = Assert.Throws<ArgumentException>(() => PointsPolicyLoader.Parse("{}", new PointsPolicyLimits { MaxRules = 0, MaxExpressionLength = 1_000_001 }));

        Assert.Equal("limits", ex.ParamName);
        Assert.StartsWith(
            "PointsPolicyLimits.MaxRules is 0; set it between 1 and 100,000 rules. PointsPolicyLimits.MaxExpressionLength is 1000001; set it between 1 and 1,000,000 characters.",
            ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetMessage_InChinese_ListsEveryProblemInChinese()
    {
        var ex = Assert.Throws<PointsPolicyException>(() => PointsPolicyLoader.Parse("""{ "Rules": [ ] }"""));
        var zh = CultureInfo.GetCultureInfo("zh-CN");

        Assert.StartsWith("积分政策有 2 处错误：" + Environment.NewLine + "  WorkflowName：", ex.GetMessage(zh), StringComparison.Ordinal);
        Assert.StartsWith("The points policy has 2 error(s):" + Environment.NewLine + "  WorkflowName: missing;", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetMessage_OfAnExceptionWithoutProblems_SaysThePolicyIsInvalid()
    {
        var ex = new PointsPolicyException([]);

        Assert.Equal(("The points policy is invalid.", "积分政策无效。"), (ex.Message, ex.GetMessage(CultureInfo.GetCultureInfo("zh-CN"))));
    }

    [Fact]
    public void GetMessage_OfAHostsOwnMessage_IsThatMessageInEveryLanguage()
    {
        var ex = new PointsPolicyException("host text");

        Assert.Equal("host text", ex.GetMessage(CultureInfo.GetCultureInfo("zh-CN")));
    }
}
