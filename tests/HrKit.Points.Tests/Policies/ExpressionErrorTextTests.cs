using System.Globalization;
using HrKit.Points.Policies;

namespace HrKit.Points.Tests.Policies;

/// <summary>
/// The words a rule author reads when an expression does not parse, in English and in Chinese: which name is unknown,
/// what is in scope, and which fields exist. Each expected text is the resource text with the author's names put in
/// by hand.
/// </summary>
public sealed class ExpressionErrorTextTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    private const string KnownEventFields = "e.Type, e.EmployeeId, e.Hour, e.Minute, e.DayOfWeek, e.Day, e.Score, e.Count, e.Minutes, e.Days, e.Subject";

    private static PolicyError Error(string rule, string attributes = "")
    {
        var ex = Assert.Throws<PointsPolicyException>(() => PointsPolicyLoader.Parse($$"""{ "WorkflowName": "T", {{attributes}} "Rules": [ {{rule}} ] }"""));
        return Assert.Single(ex.Errors);
    }

    private const string EarlyParam = """ "LocalParams": [ { "Name": "early", "Expression": "e.Hour < 9" }, { "Name": "late", "Expression": "e.Hour > 18" } ], """;

    [Fact]
    public void UnknownName_WithLocalParamsInScope_ListsThem()
    {
        var error = Error($$"""{ "RuleName": "R", {{EarlyParam}} "Expression": "erly", "Properties": { "points": 1 } }""");

        Assert.Equal(("R", "Expression"), (error.RuleName, error.Field));
        Assert.Equal("'erly' is not a valid condition: Unknown identifier 'erly'. In scope: e and the LocalParams early, late. (at position 0)", error.Message);
        Assert.Equal("'erly' 不是有效的条件：无法识别的名称“erly”。可用的有：e 以及局部参数 early, late。（第 0 个位置）", error.GetMessage(Chinese));
    }

    [Fact]
    public void UnknownTypeName_WithLocalParamsInScope_ListsThem()
    {
        // Is(x, "T") names a type; the parser reports an unknown one as "Type 'T' not found", not as an unknown identifier.
        var error = Error($$"""{ "RuleName": "R", {{EarlyParam}} "Expression": "Is(e.Hour, \"erly\")", "Properties": { "points": 1 } }""");

        Assert.Contains("Type 'erly' not found. In scope: e and the LocalParams early, late.", error.Message, StringComparison.Ordinal);
        Assert.Contains("无法识别的名称“erly”。可用的有：e 以及局部参数 early, late。", error.GetMessage(Chinese), StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownName_WithoutLocalParams_SaysNothingAboutScope()
    {
        var error = Error("""{ "RuleName": "R", "Expression": "erly", "Properties": { "points": 1 } }""");

        Assert.Equal("'erly' is not a valid condition: Unknown identifier 'erly' (at position 0)", error.Message);
        Assert.DoesNotContain("可用的有", error.GetMessage(Chinese), StringComparison.Ordinal);
    }

    [Fact]
    public void OtherParseError_WithLocalParamsInScope_IsTheParsersTextAlone()
    {
        var error = Error($$"""{ "RuleName": "R", {{EarlyParam}} "Expression": "early &&", "Properties": { "points": 1 } }""");

        Assert.DoesNotContain("In scope", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("可用的有", error.GetMessage(Chinese), StringComparison.Ordinal);
        // Chinese readers are told it is a writing error, with the parser's own English after it.
        Assert.Contains("不是有效的条件：表达式写法有误：", error.GetMessage(Chinese), StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownEventField_ListsEveryFieldAndTheDeclaredAttributes()
    {
        var error = Error(
            """{ "RuleName": "R", "Expression": "e.Scroe > 3", "Properties": { "points": 1 } }""",
            """ "Attributes": { "channel": "string", "trainingWeek": "bool" }, """);

        Assert.Contains(
            $"No property or field 'Scroe' exists in type '", error.Message, StringComparison.Ordinal);
        Assert.Contains(
            $". Known fields: {KnownEventFields}, e.channel, e.trainingWeek (custom attributes", error.Message, StringComparison.Ordinal);
        Assert.Contains(
            $"没有字段“Scroe”。可用字段：{KnownEventFields}, e.channel, e.trainingWeek（", error.GetMessage(Chinese), StringComparison.Ordinal);
    }
}
