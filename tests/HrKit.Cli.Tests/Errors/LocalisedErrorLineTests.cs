namespace HrKit.Cli.Tests.Errors;

/// <summary>
/// Issue 15: under <c>--lang zh-CN</c> a refused file and a mistyped command line are reported in Chinese, still
/// naming the option, the file, the JSON path or the token; under <c>--lang en</c> the same line is English.
/// </summary>
public sealed class LocalisedErrorLineTests() : TempFolderTests("hrkit-cli-errlang-")
{
    private const string BadPolicy = """{ "name": "Acme", "components": [ { "code": "BASE", "kind": "salary", "formula": "base_salery * 1" } ] }""";

    private const string BadRateCity = """
        { "city": "hangzhou", "schedules": [ { "effectiveFrom": "2025-07-01", "source": "杭州市人社局通知",
          "items": [ { "code": "PENSION", "employeeRate": 8, "employerRate": 0.16, "baseFloor": 4812, "baseCeiling": 24930 } ] } ] }
        """;

    [Fact]
    public async Task PayrollValidate_BadPolicyLangZhCn_ChineseProblemsNamingComponentAndField()
    {
        var policy = Write("acme.json", BadPolicy);

        var (exit, _, errors) = await CliRunner.RunAsync("payroll", "validate", "--policy", policy, "--lang", "zh-CN");

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Contains($"错误：--policy {policy}：薪酬政策“Acme”有 2 处错误：", errors, StringComparison.Ordinal);
        Assert.Contains("  - BASE.kind：“salary”不是项目类型；", errors, StringComparison.Ordinal);
        Assert.Contains("  - BASE.formula：\"base_salery * 1\"：第 1 个字符处的名称“base_salery”未定义。", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PayrollValidate_BadPolicyLangEn_EnglishAsBefore()
    {
        var policy = Write("acme.json", BadPolicy);

        var (_, _, errors) = await CliRunner.RunAsync("payroll", "validate", "--policy", policy, "--lang", "en");

        Assert.Contains("  - BASE.formula: \"base_salery * 1\": unknown name 'base_salery' at position 1.", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PayrollRun_BadContributionFileLangZhCn_ChineseNamingFileAndJsonPath()
    {
        var input = Write("in.jsonl", """{"employeeId":"C1","period":"2026-01","city":"beijing","baseSalary":10000}""");
        var city = Write("hangzhou.json", BadRateCity);

        var (exit, _, errors) = await CliRunner.RunAsync("payroll", "run", "--input", input, "--contributions", city, "--lang", "zh-CN");

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Contains($"--contributions {city}: 社保公积金缴费标准表有 1 处错误：", errors, StringComparison.Ordinal);
        Assert.Contains("hangzhou.json：$.schedules[0].items[0].employeeRate：8 不是 0 到 0.5 之间的比例；8% 请写作 0.08。", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "错误：--year：'abc' 不是有效的值（应为整数）。见 'hrkit payroll history --help'。")]
    [InlineData("en", "error: --year: 'abc' is not a valid value (expected a whole number). See 'hrkit payroll history --help'.")]
    public async Task Parse_ValueOfTheWrongType_LineInTheRunLanguage(string lang, string expected)
    {
        var (exit, _, errors) = await CliRunner.RunAsync("payroll", "history", "--db", "x.db", "--employee", "E1", "--year", "abc", "--lang", lang);

        Assert.Equal(CliApp.Usage, exit);
        Assert.Equal(expected, errors.Trim());
    }

    [Fact]
    public async Task Parse_OptionWithoutItsValueLangZhCn_Chinese()
    {
        var (exit, _, errors) = await CliRunner.RunAsync("payroll", "validate", "--lang", "zh-CN", "--policy");

        Assert.Equal(CliApp.Usage, exit);
        Assert.Equal("错误：--policy 需要一个值。见 'hrkit payroll validate --help'。", errors.Trim());
    }

    [Theory]
    [InlineData("Cannot parse argument 'abc' for option '--year' as expected type 'System.Int32'.", "--year：'abc' 不是有效的值（应为整数）")]
    [InlineData("Required argument missing for option: '--input'.", "--input 需要一个值")]
    [InlineData("Required argument 'batch' missing for command: 'rollback'.", "'rollback' 缺少参数 batch")]
    [InlineData("Option '--month' expects a single argument but 2 were provided.", "--month 只接受一个值，但给出了 2 个")]
    [InlineData("Argument 'fr' not recognized. Must be one of:\n\t'zh-CN'\n\t'en'", "此处不允许 'fr'；请使用 zh-CN 或 en")]
    [InlineData("Unrecognized command or argument 'extra'.", "'hrkit payroll run' 不接受参数 'extra'")]
    [InlineData("File does not exist: 'in.json'.", "'in.json' 处没有文件或文件夹")]
    [InlineData("Response file not found 'x.rsp'.", "Response file not found 'x.rsp'.")]
    public void Translate_LibraryMessage_ChineseWithItsToken(string message, string expected)
    {
        var saved = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("zh-CN");
            Assert.Equal(expected, HrKit.Cli.CommandLine.UsageError.Translate(message, "hrkit payroll run"));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = saved;
        }
    }
}
