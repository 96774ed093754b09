using System.Globalization;
using HrKit.Points.Catalog;
using HrKit.Points.Ledger;
using HrKit.Points.Policies;
using HrKit.Points.Serialization;
using HrKit.Points.Tests.Support;
using NodaTime.Testing;

namespace HrKit.Points.Tests.Localization;

/// <summary>
/// Issue 15: <see cref="HrKitException.GetMessage"/> shows HrKit.Points' errors in Chinese under zh-CN (any Chinese
/// culture), naming the same rule, field, line and record as the English <see cref="Exception.Message"/>, which stays
/// the English text.
/// </summary>
public sealed class LocalisedPointsErrorTests
{
    private static readonly CultureInfo ZhCn = CultureInfo.GetCultureInfo("zh-CN");

    private static string Rule(string expression, string properties) =>
        $$"""{ "WorkflowName": "T", "Rules": [ { "RuleName": "签到奖励", "Expression": "{{expression}}", "Properties": { {{properties}} } } ] }""";

    private static PointsPolicyException Rejected(string json) => Assert.Throws<PointsPolicyException>(() => PointsPolicyLoader.Parse(json));

    [Fact]
    public void GetMessage_UnknownEventField_ChineseNamingRuleFieldAndKnownFields()
    {
        var ex = Rejected(Rule("e.Scor > 3", "\"points\": 1"));

        var zh = ex.GetMessage(ZhCn);

        Assert.StartsWith("积分政策有 1 处错误：", zh, StringComparison.Ordinal);
        Assert.Contains("规则“签到奖励”，Expression：'e.Scor > 3' 不是有效的条件：没有字段“Scor”。可用字段：e.Type, e.EmployeeId, e.Hour,", zh, StringComparison.Ordinal);
        Assert.Contains("（自定义属性须在政策的 \"Attributes\" 中声明，名称区分大小写）", zh, StringComparison.Ordinal);
        Assert.Contains("No property or field 'Scor' exists in type", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetMessage_RulesEngineInputName_ChineseHintToWriteE()
    {
        var error = Assert.Single(Rejected(Rule("input1.Score > 3", "\"points\": 1")).Errors);

        Assert.Contains("无法识别的名称“input1”。在 HrKit 政策中事件叫 e（RulesEngine 示例把输入叫 input1）：请写 e.Score，而不是 input1.Score。", error.GetMessage(ZhCn), StringComparison.Ordinal);
        Assert.Contains("write e.Score, not input1.Score.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"points\": -5, \"dailyCap\": 10", "Properties.dailyCap")]
    [InlineData("\"points\": -5, \"monthlyCap\": 10", "Properties.monthlyCap")]
    public void Parse_PenaltyWithCap_NamesTheCapWrittenInBothLanguages(string properties, string field)
    {
        var ex = Rejected(Rule("true", properties));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(("签到奖励", field), (error.RuleName, error.Field));
        Assert.Equal("caps limit awards; a penalty (negative points) cannot have a cap.", error.Message);
        Assert.Equal("上限只用于限制奖励；扣分（负积分）规则不能设上限。", error.GetMessage(ZhCn));
        Assert.Contains($"规则“签到奖励”，{field}：上限只用于限制奖励", ex.GetMessage(ZhCn), StringComparison.Ordinal);
    }

    [Fact]
    public void GetMessage_PenaltyWithBudgetAndBadLimit_EveryProblemInChinese()
    {
        var ex = Rejected(Rule("true", "\"points\": -5, \"monthlyBudget\": 100, \"dailyCap\": 0"));

        var zh = ex.GetMessage(ZhCn);

        Assert.StartsWith("积分政策有 2 处错误：", zh, StringComparison.Ordinal);
        Assert.Contains("规则“签到奖励”，Properties.dailyCap：必须是 1 到 1,000,000,000,000,000 之间的整数积分（PointsBounds.MaxBalance），而不是“0”。", zh, StringComparison.Ordinal);
        Assert.Contains("规则“签到奖励”，Properties.monthlyBudget：预算只用于限制奖励；扣分（负积分）规则不能设预算。", zh, StringComparison.Ordinal);
    }

    [Fact]
    public void GetMessage_English_IsExactlyTheMessage()
    {
        var ex = Rejected(Rule("e.Scor > 3", "\"points\": -5, \"monthlyCap\": 10"));

        Assert.Equal(ex.Message, ex.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(ex.Message, ex.GetMessage(CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal(ex.Message, ex.GetMessage(CultureInfo.GetCultureInfo("fr-FR")));
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("zh-Hans")]
    [InlineData("zh-TW")]
    public void GetMessage_AnyChineseCulture_ReadsTheZhCnTexts(string culture)
    {
        var ex = Rejected("""{ "WorkflowName": "T", "Rules": [] }""");

        Assert.Equal("积分政策有 1 处错误：" + Environment.NewLine + "  Rules：政策中没有任何规则；请至少添加一条。", ex.GetMessage(CultureInfo.GetCultureInfo(culture)));
    }

    [Fact]
    public void GetMessage_NotUtf8PolicyJson_ChineseNamingLineAndPosition()
    {
        var ex = Rejected("{ \"WorkflowName\": \"T\", \"Rules\": [ }");

        Assert.Matches(@"^第 1 行第 \d+ 个位置不是有效的政策 JSON：", ex.GetMessage(ZhCn));
        Assert.StartsWith("not valid policy JSON at line 1, position", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetMessage_UnknownJsonField_ChineseNamingFieldAndLine()
    {
        var ex = Rejected("{ \"WorkflowName\": \"T\",\n \"Rulez\": [] }");

        Assert.StartsWith("第 2 行 $.Rulez 处有未知字段“Rulez”：RulesEngine 和 HrKit 都没有定义它。", ex.GetMessage(ZhCn), StringComparison.Ordinal);
    }

    [Fact]
    public void GetMessage_EventLineMissingField_ChineseNamingLineAndField()
    {
        var lines = "{\"eventId\":\"ev-1\",\"employeeId\":\"E1\",\"type\":\"checkIn\",\"occurredAt\":\"2025-06-02T09:00:00+08:00\"}\n"
            + "{\"eventId\":\"ev-2\",\"type\":\"checkIn\",\"occurredAt\":\"2025-06-02T09:00:00+08:00\"}\n";

        var ex = Assert.Throws<PointsInputException>(() => PointsJson.ReadEventLines(new StringReader(lines)).ToList());

        Assert.Equal("第 2 行：缺少“employeeId”；每个事件都需要 eventId、employeeId、type 和 occurredAt（见 docs/points-events.md）。", ex.GetMessage(ZhCn));
        Assert.Equal("line 2: 'employeeId' is missing; every event needs eventId, employeeId, type and occurredAt (see docs/points-events.md).", ex.Message);
        Assert.Equal((2, "employeeId"), (ex.Target!.Line, ex.Target.Field));
    }

    [Theory]
    [InlineData("\"2025-06-02 09:00\"", "“2025-06-02 09:00”不是带时区偏移的 ISO-8601 时间，应写成 2025-06-02T08:55:00+08:00 或 2025-06-02T00:55:00Z 这样的形式。",
        "'2025-06-02 09:00' is not an ISO-8601 time with an offset, such as 2025-06-02T08:55:00+08:00 or 2025-06-02T00:55:00Z.")]
    [InlineData("null", "应为 ISO-8601 时间，例如 2025-06-02T08:55:00+08:00。", "expected an ISO-8601 time such as 2025-06-02T08:55:00+08:00.")]
    public void GetMessage_EventTimeTheConverterRefuses_ChineseNamingLineAndValue(string occurredAt, string chinese, string english)
    {
        var line = "{\"eventId\":\"ev-1\",\"employeeId\":\"E1\",\"type\":\"checkIn\",\"occurredAt\":" + occurredAt + "}\n";

        var ex = Assert.Throws<PointsInputException>(() => PointsJson.ReadEventLines(new StringReader(line)).ToList());

        Assert.Equal("第 1 行：不是有效的事件：" + chinese, ex.GetMessage(ZhCn));
        Assert.Equal("line 1: not a valid event: " + english, ex.Message);
        Assert.Equal("occurredAt", ex.Target!.Field);
    }

    [Fact]
    public async Task GetMessage_RedeemWithoutEnoughPoints_ChineseNamingItemEmployeeAndBalance()
    {
        await using var store = PointsLedgerStores.InMemory(new FakeClock(TestData.Monday9am));
        await store.SaveItemAsync(new CatalogItem("cup", "咖啡杯", CatalogItemKind.Material, 300));

        var ex = await Assert.ThrowsAsync<PointsLedgerException>(() => store.RedeemAsync(new RedemptionRequest("r1", "E1", "cup")));

        Assert.Equal("“咖啡杯”需要 300 general 积分；员工“E1”只有 0。", ex.GetMessage(ZhCn));
        Assert.Equal("'咖啡杯' costs 300 general points; employee 'E1' has 0.", ex.Message);
    }

    [Fact]
    public async Task GetMessage_ReverseAnUnknownPosting_Chinese()
    {
        await using var store = PointsLedgerStores.InMemory(new FakeClock(TestData.Monday9am));

        var ex = await Assert.ThrowsAsync<PointsLedgerException>(() => store.ReverseAsync(42));

        Assert.Equal("没有编号为 42 的记账。", ex.GetMessage(ZhCn));
    }

    [Fact]
    public void GetMessage_HostMessage_IsTheMessageInEveryLanguage()
    {
        var ex = new PointsInputException("the host's own words");

        Assert.Equal("the host's own words", ex.GetMessage(ZhCn));
    }

    [Fact]
    public void GetMessage_PolicyExceptionWithHostTexts_HostWordsKeptInTheChineseFrame()
    {
        var single = new PointsPolicyException("the policy file is empty", null);
        var listed = new PointsPolicyException([new PolicyError("R", "Expression", "the host's own words")]);

        Assert.Equal("the policy file is empty", single.GetMessage(ZhCn));
        Assert.Equal("积分政策有 1 处错误：" + Environment.NewLine + "  规则“R”，Expression：the host's own words", listed.GetMessage(ZhCn));
    }
}
