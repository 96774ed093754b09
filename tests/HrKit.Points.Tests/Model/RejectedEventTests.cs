using System.Globalization;
using System.Text.Json;
using HrKit.Points.Employees;
using HrKit.Points.Engine;
using HrKit.Points.Ledger;
using HrKit.Points.Model;
using HrKit.Points.Policies;
using HrKit.Points.Tests.Support;
using Microsoft.Extensions.Options;
using NodaTime.Testing;

namespace HrKit.Points.Tests.Model;

/// <summary>
/// Issue 15: an event the points service rejects is described in the user's language (<see cref="RejectedEvent.GetReason"/>,
/// <see cref="RejectedEvent.Describe"/>) while <see cref="RejectedEvent.Reason"/> stays the English text word for word.
/// </summary>
public sealed class RejectedEventTests
{
    private static readonly CultureInfo ZhCn = CultureInfo.GetCultureInfo("zh-CN");

    private static PointsService Service(string policyJson, IEmployeeDirectory? directory = null) =>
        new(new StaticPointsPolicySource(PointsPolicyLoader.Parse(policyJson)), PointsLedgerStores.InMemory(new FakeClock(TestData.Monday9am)),
            Options.Create(new PointsOptions()), directory: directory);

    private static async Task<RejectedEvent> RejectedAsync(string policyJson, PointsEvent e, IEmployeeDirectory? directory = null) =>
        Assert.Single((await Service(policyJson, directory).ProcessBatchAsync([e])).Rejected);

    private static string Attributed(string rules) =>
        $$"""{ "WorkflowName": "T", "Attributes": { "channel": "string", "score2": "number" }, "Rules": [ {{rules}} ] }""";

    private const string AnyRule = """{ "RuleName": "Any", "Expression": "true", "Properties": { "points": 1 } }""";

    private const string ReadsEmployee = """{ "WorkflowName": "T", "Rules": [ { "RuleName": "Grade", "Expression": "emp.grade == \"P7\"", "Properties": { "points": 1 } } ] }""";

    private static Dictionary<string, JsonElement> Attrs(string json) => JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;

    [Fact]
    public async Task GetReason_PointsAbovePostingBound_ChineseWithTheBoundAndEnglishReasonUnchanged()
    {
        var rejected = await RejectedAsync(PolicyJson.PointsExpression("e.Days * 1000", name: "PerDay"), TestData.Event("d", "E1", "x") with { Days = 2_000 });

        Assert.Equal("computed 2,000,000 points; a posting carries at most ±1,000,000 (PointsBounds.MaxPointsPerPosting). Bound the expression, e.g. with Math.Min.", rejected.Reason);
        Assert.Equal("算出 2,000,000 积分；一笔记账最多 ±1,000,000 积分（PointsBounds.MaxPointsPerPosting）。请限制表达式的结果，例如用 Math.Min。", rejected.GetReason(ZhCn));
        Assert.Equal("事件“d”（第 0 个）：规则“PerDay”，Properties.points：算出 2,000,000 积分；一笔记账最多 ±1,000,000 积分（PointsBounds.MaxPointsPerPosting）。请限制表达式的结果，例如用 Math.Min。", rejected.Describe(ZhCn));
        Assert.Equal("event 'd' (#0): rule 'PerDay': Properties.points: " + rejected.Reason, rejected.ToString());
    }

    [Fact]
    public async Task GetReason_RuleThrows_ChineseFrameAroundTheRuntimesOwnText()
    {
        var rejected = await RejectedAsync(PolicyJson.PointsExpression("10 / e.Count", name: "Ratio"), TestData.Event("r0", "E1", "x") with { Count = 0 });

        Assert.StartsWith("failed for this event: DivideByZeroException: ", rejected.Reason, StringComparison.Ordinal);
        Assert.Equal("对此事件计算失败：DivideByZeroException：" + rejected.Reason["failed for this event: DivideByZeroException: ".Length..], rejected.GetReason(ZhCn));
    }

    [Fact]
    public async Task GetReason_EmployeeNotInDirectory_ChineseNamingTheEmployee()
    {
        var rejected = await RejectedAsync(ReadsEmployee, TestData.Event("z", "Ghost", "checkIn"), new EmptyDirectory());

        Assert.Equal("“Ghost”不在员工目录中，而政策读取 emp.*；请把该员工加入员工目录后重新发送事件。", rejected.GetReason(ZhCn));
        Assert.Equal("'Ghost' is not in the employee directory, and the policy reads emp.*; add the employee to the directory and resend the event.", rejected.Reason);
    }

    [Fact]
    public async Task GetReason_PolicyReadsEmpWithoutDirectory_ChineseSayingHowToFix()
    {
        var rejected = await RejectedAsync(ReadsEmployee, TestData.Event("a", "A", "checkIn"));

        Assert.Equal("政策读取 emp.*，但积分服务没有 IEmployeeDirectory；请注册一个（services.AddSingleton<IEmployeeDirectory, …>()），或从政策中去掉 emp.*。", rejected.GetReason(ZhCn));
        Assert.Equal("事件“a”（第 0 个）：employeeId：" + rejected.GetReason(ZhCn), rejected.Describe(ZhCn));
    }

    [Theory]
    [InlineData("""{ "channel": 5 }""", "'5' 不是字符串；政策声明它为 \"string\"。", "'5' is not a string; the policy declares it \"string\".")]
    [InlineData("""{ "score2": "80" }""", "'\"80\"' 不是数字（范围 ±79,228,162,514,264,337,593,543,950,335）；政策声明它为 \"number\"。", "'\"80\"' is not a number (within ±79,228,162,514,264,337,593,543,950,335); the policy declares it \"number\".")]
    [InlineData("""{ "Channel": "wecom" }""", "未声明；政策声明的属性有 channel, score2（名称区分大小写）。", "is not declared; the policy declares channel, score2 (names are case-sensitive).")]
    public async Task GetReason_AttributeMistypedOrUndeclared_Chinese(string attributes, string chinese, string english)
    {
        var rejected = await RejectedAsync(Attributed(AnyRule), TestData.Event("b", "E1", "x") with { Attributes = Attrs(attributes) });

        Assert.Equal((chinese, english), (rejected.GetReason(ZhCn), rejected.Reason));
    }

    [Fact]
    public async Task GetReason_AttributeWithoutDeclarations_ChineseSayingWhereToDeclareIt()
    {
        var rejected = await RejectedAsync($$"""{ "WorkflowName": "T", "Rules": [ {{AnyRule}} ] }""", TestData.Event("b", "E1", "x") with { Attributes = Attrs("""{ "channel": "wecom" }""") });

        Assert.Equal("未声明；政策没有声明任何属性（请把它加到政策的 \"Attributes\" 中，或从事件中删除它）。", rejected.GetReason(ZhCn));
    }

    [Fact]
    public async Task GetReason_EventWithoutEmployeeId_ChineseNamingWhatEveryEventNeeds()
    {
        var rejected = await RejectedAsync(Attributed(AnyRule), TestData.Event("b", "", "x"));

        Assert.Equal(("employeeId", "缺失；每个事件都需要 eventId、employeeId、type 和 occurredAt（见 docs/points-events.md）。"), (rejected.Field, rejected.GetReason(ZhCn)));
    }

    [Fact]
    public async Task GetReason_EnglishCultures_IsExactlyTheReason()
    {
        var rejected = await RejectedAsync(ReadsEmployee, TestData.Event("a", "A", "checkIn"));

        Assert.Equal(rejected.Reason, rejected.GetReason(CultureInfo.InvariantCulture));
        Assert.Equal(rejected.Reason, rejected.GetReason(CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal(rejected.ToString(), rejected.Describe(CultureInfo.GetCultureInfo("fr-FR")));
    }

    [Fact]
    public async Task GetReason_HostReasonOrReasonReplaced_ShownAsGiven()
    {
        var host = new RejectedEvent(3, "ev", "type", "the host's own words");
        var replaced = await RejectedAsync(ReadsEmployee, TestData.Event("a", "A", "checkIn")) with { Reason = "rewritten by the host" };

        Assert.Equal("the host's own words", host.GetReason(ZhCn));
        Assert.Equal("rewritten by the host", replaced.GetReason(ZhCn));
        Assert.Equal("事件“ev”（第 3 个）：type：the host's own words", host.Describe(ZhCn));
    }

    private sealed class EmptyDirectory : IEmployeeDirectory
    {
        public ValueTask<IReadOnlyDictionary<string, EmployeeProfile>> GetProfilesAsync(IReadOnlyCollection<string> employeeIds, CancellationToken cancellationToken) =>
            ValueTask.FromResult<IReadOnlyDictionary<string, EmployeeProfile>>(new Dictionary<string, EmployeeProfile>());
    }
}
