using System.Text;
using HrKit.Cli.Output;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Cli.Tests.Output;

/// <summary>Issue 15: <c>--lang</c> chooses the language of payslips, headings and messages; JSON is UTF-8 as written.</summary>
public sealed class LocalisedOutputTests() : TempFolderTests("hrkit-cli-lang-")
{
    // Beijing 2026: 10 000 gross; pension 10 000 × 8 % = 800; tax (10 000 − 5 000 − 2 253) × 3 % = 82.41; net 7 664.59.
    private const string Beijing10000 = """{"employeeId":"C1","name":"张伟","department":"研发部","period":"2026-01","city":"beijing","baseSalary":10000}""";

    [Fact]
    public async Task PayrollRun_LangZhCnExplain_ChineseNamesHeadingsAndExplanations()
    {
        var input = Write("in.jsonl", Beijing10000);

        var (exit, output, errors) = await CliRunner.RunAsync("payroll", "run", "--input", input, "--explain", "--lang", "zh-CN");

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("工资条 C1 张伟（研发部） 2026-01", output, StringComparison.Ordinal);
        Assert.Matches(@"PENSION_EE\s+养老保险个人\s+个人缴纳\s+800\.00\s+缴费基数 10000\.00 × 8% = 800\.00（四舍五入到分）", output);
        Assert.Matches(@"IIT\s+个人所得税\s+个税\s+82\.41\s+累计预扣法（国家税务总局公告2018年第61号）", output);
        Assert.Contains("应发工资 10,000.00  实发工资 7,664.59  用工成本 13,850.00", output, StringComparison.Ordinal);
        Assert.Contains("工资条 1 份，拒绝 0 条，读取记录 1 条。", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PayrollRun_LangEnExplain_EnglishNamesAndCitationInChinese()
    {
        var input = Write("in.jsonl", Beijing10000);

        var (exit, output, _) = await CliRunner.RunAsync("payroll", "run", "--input", input, "--explain", "--lang", "en");

        Assert.Equal(CliApp.Ok, exit);
        Assert.Matches(@"PENSION_EE\s+Pension \(employee\)\s+Employee contribution\s+800\.00", output);
        Assert.Matches(@"IIT\s+Individual income tax\s+Tax\s+82\.41\s+Cumulative withholding \(国家税务总局公告2018年第61号\)", output);
    }

    [Fact]
    public async Task PayrollRun_LangZhCnJsonl_LocalisedNamesAsUtf8Bytes()
    {
        var input = Write("in.jsonl", Beijing10000);
        var output = Path.Combine(Folder, "slips.jsonl");

        var (exit, _, _) = await CliRunner.RunAsync("payroll", "run", "--input", input, "--format", "jsonl", "--out", output, "--lang", "zh-CN");

        Assert.Equal(CliApp.Ok, exit);
        var bytes = File.ReadAllBytes(output);
        Assert.True(bytes.AsSpan().IndexOf("\"name\":\"张伟\""u8) >= 0, "the employee's name is not raw UTF-8");
        Assert.True(bytes.AsSpan().IndexOf("\"code\":\"PENSION_EE\",\"name\":\"养老保险个人\""u8) >= 0, "the pension line is not named in Chinese");
        Assert.DoesNotContain("\\u", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "错误（参考数据文件无法使用）：contribution table: line 3 is broken.")]
    [InlineData("en", "error: contribution table: line 3 is broken.")]
    public async Task ErrorReport_DocumentedError_LineInTheRunLanguageWithTheCodeTitle(string lang, string expected)
    {
        var saved = System.Globalization.CultureInfo.CurrentUICulture;
        using var stderr = new StringWriter();
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = HrKit.Cli.CommandLine.CliCulture.Named(lang);
            var exit = await HrKit.Cli.Errors.ErrorReport.WriteAsync(stderr, new HrKit.Payroll.PayrollDataException("contribution table: line 3 is broken."), verbose: false);
            Assert.Equal(CliApp.InvalidInput, exit);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = saved;
        }

        Assert.Equal(expected + Environment.NewLine, stderr.ToString());
    }

    [Fact]
    public async Task PayrollRun_LangUnknown_UsageError()
    {
        var (exit, _, errors) = await CliRunner.RunAsync("payroll", "run", "--input", "x.json", "--lang", "fr");

        Assert.Equal(CliApp.Usage, exit);
        Assert.Contains("'fr'", errors, StringComparison.Ordinal);
        Assert.Contains("zh-CN", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void PayslipTable_ChineseHeadingsAndNames_ColumnsStillLineUp()
    {
        var saved = System.Globalization.CultureInfo.CurrentUICulture;
        using var writer = new StringWriter();
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("zh-CN");
            var sink = new PayslipTableSink(writer, explain: false);
            sink.Write(Slip("E001", "欧阳娜娜", "研发部", 34_528.26m));
            sink.Write(Slip("E002", "Alice Smith", "R&D", 9_000m));
            sink.Complete(null);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = saved;
        }

        var lines = writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        // "应发工资" (gross) ends where each gross amount ends, measured in terminal cells (CJK characters take two).
        var grossEnd = Cells(lines[0][..(lines[0].IndexOf("应发工资", StringComparison.Ordinal) + 4)]);
        var departmentStart = Cells(lines[0][..lines[0].IndexOf("部门", StringComparison.Ordinal)]);
        Assert.Equal(grossEnd, Cells(lines[1][..(lines[1].IndexOf("34,528.26", StringComparison.Ordinal) + 9)]));
        Assert.Equal(grossEnd, Cells(lines[2][..(lines[2].IndexOf("9,000.00", StringComparison.Ordinal) + 8)]));
        Assert.Equal(departmentStart, Cells(lines[1][..lines[1].IndexOf("研发部", StringComparison.Ordinal)]));
        Assert.Equal(departmentStart, Cells(lines[2][..lines[2].IndexOf("R&D", StringComparison.Ordinal)]));
    }

    // East Asian wide characters (CJK ideographs, fullwidth forms) take two terminal cells (Unicode UAX #11).
    private static int Cells(string s) => s.Sum(c => c is >= '\u4E00' and <= '\u9FFF' or >= '\uFF00' and <= '\uFF60' ? 2 : 1);

    private static Payslip Slip(string id, string name, string department, decimal gross) => new()
    {
        EmployeeId = id, Name = name, Department = department, Period = new YearMonth(2026, 1), Lines = [],
        GrossPay = gross, NetPay = gross, EmployerCost = gross, YearToDate = TaxYearToDate.Empty,
    };
}
