using HrKit.Points.Policies;

namespace HrKit.Points.Tests.Policies;

public sealed class PointsPolicyLoaderTests
{
    private static string Policy(string rules) => $$"""{ "WorkflowName": "T", "Rules": [ {{rules}} ] }""";

    private static PolicyError SingleError(string json)
    {
        var ex = Assert.Throws<PointsPolicyException>(() => PointsPolicyLoader.Parse(json));
        return Assert.Single(ex.Errors);
    }

    [Fact]
    public void LoadDefault_BuiltInPolicy_HasTheSevenDocumentedRules()
    {
        var policy = PointsPolicyLoader.LoadDefault();

        Assert.Equal("HrKitDefaultPoints", policy.Name);
        Assert.Equal(
            ["DailyCheckIn", "FullAttendanceMonth", "Late", "ExcellentPerformance", "ShareArticle", "Comment", "TrainingCourseCompleted"],
            policy.Rules.Select(r => r.Name));
        var share = policy.Rules.Single(r => r.Name == "ShareArticle");
        Assert.Equal(("learning", 2L, CapPeriod.Day, 6L), (share.Category, share.Points, share.Cap!.Period, share.Cap.Limit));
        Assert.Equal(-5, policy.Rules.Single(r => r.Name == "Late").Points);
    }

    [Fact]
    public void Parse_ArrayWithOneWorkflow_IsAccepted()
    {
        var policy = PointsPolicyLoader.Parse("[" + Policy("""{ "RuleName": "A", "Expression": "e.Type == \"x\"", "Properties": { "points": 3 } }""") + "]");

        Assert.Equal("A", Assert.Single(policy.Rules).Name);
    }

    [Fact]
    public void Parse_BadExpression_NamesRuleAndField()
    {
        var error = SingleError(Policy("""{ "RuleName": "Broken", "Expression": "e.Type == ", "Properties": { "points": 1 } }"""));

        Assert.Equal(("Broken", "Expression"), (error.RuleName, error.Field));
    }

    [Fact]
    public void Parse_UnknownEventField_ListsKnownFields()
    {
        var error = SingleError(Policy("""{ "RuleName": "Typo", "Expression": "e.Scroe > 3", "Properties": { "points": 1 } }"""));

        Assert.Equal(("Typo", "Expression"), (error.RuleName, error.Field));
        Assert.Contains("Scroe", error.Message, StringComparison.Ordinal);
        Assert.Contains("e.Score", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownProperty_IsRejected()
    {
        var error = SingleError(Policy("""{ "RuleName": "P", "Expression": "true", "Properties": { "points": 1, "ponits": 2 } }"""));

        Assert.Equal(("P", "Properties.ponits"), (error.RuleName, error.Field));
    }

    [Fact]
    public void Parse_MissingPoints_SaysHowToFix()
    {
        var error = SingleError(Policy("""{ "RuleName": "NoPoints", "Expression": "true", "Properties": { "category": "general" } }"""));

        Assert.Equal(("NoPoints", "Properties.points"), (error.RuleName, error.Field));
        Assert.Contains("\"points\": 5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateNames_IsRejected()
    {
        var error = SingleError(Policy("""
            { "RuleName": "Same", "Expression": "true", "Properties": { "points": 1 } },
            { "RuleName": "Same", "Expression": "true", "Properties": { "points": 2 } }
            """));

        Assert.Equal(("Same", "RuleName"), (error.RuleName, error.Field));
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsAllOfThem()
    {
        var ex = Assert.Throws<PointsPolicyException>(() => PointsPolicyLoader.Parse(Policy("""
            { "RuleName": "A", "Expression": "e.Nope", "Properties": { "points": 1 } },
            { "RuleName": "B", "Expression": "true" },
            { "Expression": "true", "Properties": { "points": 1, "dailyCap": -1 } }
            """)));

        Assert.Equal(["rule 'A': Expression", "rule 'B': Properties.points", "rule '#3': RuleName", "rule '#3': Properties.dailyCap"],
            ex.Errors.Select(e => $"rule '{e.RuleName}': {e.Field}"));
    }

    [Theory]
    [InlineData("System.IO.File.Exists(\"/etc/passwd\")")]
    [InlineData("e.Subject.GetType().Assembly.FullName != \"\"")]
    [InlineData("Type.GetType(\"System.IO.File\") != null")]
    [InlineData("e.GetType() != null")]
    [InlineData("Environment.Exit(1) == null")]
    public void Parse_ExpressionReachingIoOrReflection_IsRejected(string expression)
    {
        var json = Policy($$"""{ "RuleName": "Evil", "Expression": {{System.Text.Json.JsonSerializer.Serialize(expression)}}, "Properties": { "points": 1 } }""");

        var error = SingleError(json);

        Assert.Equal(("Evil", "Expression"), (error.RuleName, error.Field));
    }

    [Theory]
    // Math and decimal are callable only through Min, Max, Abs, Round, Floor, Ceiling and Truncate.
    [InlineData("Math.Pow(e.Count, 2) > 1", "Math.Pow")]
    [InlineData("Math.Sqrt(e.Count) > 1", "Math.Sqrt")]
    [InlineData("decimal.Negate(e.Score) > 1", "Decimal.Negate")]
    public void Parse_MathMethodOutsideTheList_IsRejectedNamingIt(string expression, string method)
    {
        var error = SingleError(Policy($$"""{ "RuleName": "Power", "Expression": {{System.Text.Json.JsonSerializer.Serialize(expression)}}, "Properties": { "points": 1 } }"""));

        Assert.Equal(("Power", "Expression"), (error.RuleName, error.Field));
        Assert.Contains($"calling '{method}' is not allowed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PointsExpressionWithUnknownField_IsRejected()
    {
        var error = SingleError(Policy("""{ "RuleName": "X", "Expression": "true", "Properties": { "points": "e.Hours * 2" } }"""));

        Assert.Equal(("X", "Properties.points"), (error.RuleName, error.Field));
    }

    [Fact]
    public void Parse_MalformedJson_ReportsLine()
    {
        var ex = Assert.Throws<PointsPolicyException>(() => PointsPolicyLoader.Parse("{\n \"WorkflowName\": \"x\",\n \"Rules\": [ oops ]\n}"));

        // Line 3 is ` "Rules": [ oops ]`: the 'o' of oops is its 13th character, counted from 1 like the line.
        Assert.Contains("not valid policy JSON at line 3, position 13:", ex.Message, StringComparison.Ordinal);
        Assert.Equal((null, "policy"), (Assert.Single(ex.Errors).RuleName, ex.Errors[0].Field));
    }

    [Fact]
    public void Parse_UnknownFieldOnLineThree_NamesTheLine()
    {
        var ex = Assert.Throws<PointsPolicyException>(() => PointsPolicyLoader.Parse("{\n \"WorkflowName\": \"T\",\n \"Bogus\": 1,\n \"Rules\": [ ]\n}"));

        Assert.StartsWith("unknown field 'Bogus' at ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(" at line 3: neither RulesEngine nor HrKit defines it.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    // Unclosed brackets are a syntax error at the end of the text, not a policy nested too deep.
    [InlineData("{")]
    [InlineData("{ \"WorkflowName\": \"T\", \"Rules\": [ { \"RuleName\": \"R\" }")]
    public void Parse_UnclosedBracket_ReportedAsInvalidJsonNotAsTooDeep(string json)
    {
        var ex = Assert.Throws<PointsPolicyException>(() => PointsPolicyLoader.Parse(json));

        Assert.StartsWith("not valid policy JSON at line 1, position ", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("MaxJsonDepth", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RuleNameAtTheLengthLimit_AcceptedAndOneLongerRefused()
    {
        PointsPolicyLoader.Parse(Policy($$"""{ "RuleName": "{{new string('r', 128)}}", "Expression": "true", "Properties": { "points": 1 } }"""));

        var error = SingleError(Policy($$"""{ "RuleName": "{{new string('r', 129)}}", "Expression": "true", "Properties": { "points": 1 } }"""));

        Assert.Equal(("#1", "RuleName", "129 characters long; the limit is 128 (PointsBounds.MaxRuleNameLength). Shorten it."), (error.RuleName, error.Field, error.Message));
    }

    [Fact]
    public void PointsPolicyException_FromAMessage_IsOnePolicyLevelError()
    {
        var inner = new InvalidOperationException("disk");

        Assert.Equal(new PolicyError(null, "policy", "gone"), Assert.Single(new PointsPolicyException("gone").Errors));
        var withInner = new PointsPolicyException("gone", inner);
        Assert.Equal(new PolicyError(null, "policy", "gone"), Assert.Single(withInner.Errors));
        Assert.Same(inner, withInner.InnerException);
    }

    [Fact]
    public void Parse_DisabledRule_IsValidatedButNotInPlan()
    {
        var policy = PointsPolicyLoader.Parse(Policy("""
            { "RuleName": "On", "Expression": "true", "Properties": { "points": 1 } },
            { "RuleName": "Off", "Enabled": false, "Expression": "true", "Properties": { "points": 1 } }
            """));

        Assert.Equal(["On"], policy.Rules.Select(r => r.Name));
        Assert.Throws<PointsPolicyException>(() => PointsPolicyLoader.Parse(Policy("""{ "RuleName": "Off", "Enabled": false, "Expression": "e.Bad", "Properties": { "points": 1 } }""")));
    }

    [Fact]
    public void Parse_PenaltyWithCap_IsRejected()
    {
        var error = SingleError(Policy("""{ "RuleName": "Pen", "Expression": "true", "Properties": { "points": -3, "dailyCap": 5 } }"""));

        Assert.Equal("Pen", error.RuleName);
    }
}
