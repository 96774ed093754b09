namespace HrKit.Cli.Tests.Commands;

/// <summary>
/// Issue 15: hrkit shows the packages' own messages in the language <c>--lang</c> names: a points policy's problems by
/// rule and field, and a migration mapping's refusal (through the error line) naming the file and JSON path. The
/// Chinese lines are written out by hand here.
/// </summary>
public sealed class LocalisedPointsErrorsTests
{
    private const string BadPolicy = """
        { "WorkflowName": "W", "Rules": [
          { "RuleName": "签到", "Expression": "input1.Score > 1", "Properties": { "points": -5, "monthlyCap": 10 } },
          { "RuleName": "分享", "Expression": "true", "Properties": { "points": 2, "dailyBudget": 0 } } ] }
        """;

    [Fact]
    public async Task PointsValidate_BadPolicyLangZhCn_EveryProblemInChineseByRuleAndField()
    {
        var policy = CliRunner.TempFile(BadPolicy);

        var (exit, _, errors) = await CliRunner.RunAsync("points", "validate", "--policy", policy, "--lang", "zh-CN");

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Contains("  规则“签到”，Expression：'input1.Score > 1' 不是有效的条件：无法识别的名称“input1”。在 HrKit 政策中事件叫 e（RulesEngine 示例把输入叫 input1）：请写 e.Score，而不是 input1.Score。", errors, StringComparison.Ordinal);
        Assert.Contains("  规则“签到”，Properties.monthlyCap：上限只用于限制奖励；扣分（负积分）规则不能设上限。", errors, StringComparison.Ordinal);
        Assert.Contains("  规则“分享”，Properties.dailyBudget：必须是 1 到 1,000,000,000,000,000 之间的整数积分（PointsBounds.MaxBalance），而不是“0”。", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("rule '", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PointsValidate_BadPolicyLangEn_TheEnglishMessages()
    {
        var policy = CliRunner.TempFile(BadPolicy);

        var (_, _, errors) = await CliRunner.RunAsync("points", "validate", "--policy", policy, "--lang", "en");

        Assert.Contains("  rule '签到': Properties.monthlyCap: caps limit awards; a penalty (negative points) cannot have a cap.", errors, StringComparison.Ordinal);
        Assert.Contains("write e.Score, not input1.Score.", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigratePlan_BadMappingLangZhCn_ErrorLineInChineseNamingFileAndJsonPath()
    {
        var mapping = CliRunner.TempFile("""{"companyId":"a","sources":[{"kind":"people","file":"e.csv","columns":{}}]}""");
        var folder = Path.GetDirectoryName(mapping)!;

        var (exit, _, errors) = await CliRunner.RunAsync("migrate", "plan", "--mapping", mapping, "--store", Path.Combine(folder, $"{Guid.NewGuid():N}.db"),
            "--payroll-db", Path.Combine(folder, $"{Guid.NewGuid():N}.db"), "--points-db", Path.Combine(folder, $"{Guid.NewGuid():N}.db"), "--actor", "alice", "--lang", "zh-CN");

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Equal($"错误（迁移映射文件无效）：映射文件“{mapping}”，$.sources[0].kind：“people”不是 roster、openingYearToDate、payslips、pointsBalances 之一。" + Environment.NewLine, errors);
    }
}
