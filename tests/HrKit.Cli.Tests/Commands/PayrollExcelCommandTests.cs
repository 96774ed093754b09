using HrKit.Payroll.Excel;
using HrKit.Payroll.Serialization;
using MiniExcelLibs;

namespace HrKit.Cli.Tests.Commands;

/// <summary><c>hrkit payroll template</c> and <c>payroll run</c> with workbooks in and out, and the HTML report file.</summary>
public sealed class PayrollExcelCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hrkit-cli-xlsx-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PathOf(string name) => Path.Combine(_folder, name);

    private static List<IDictionary<string, object?>> Rows(string path, string sheet)
    {
        using var stream = File.OpenRead(path);
        return stream.Query(useHeaderRow: false, sheetName: sheet).Select(r => (IDictionary<string, object?>)r).ToList();
    }

    // The sample company (docs/samples/payroll-company.json) as the .xlsx input the template describes.
    private string SampleWorkbook()
    {
        var path = PathOf("company.xlsx");
        using var json = File.OpenRead(CliRunner.RepoFile("docs/samples/payroll-company.json"));
        using var xlsx = File.Create(path);
        PayrollExcel.WriteInputs(xlsx, PayrollJson.ReadInputs(json).Select(r => r.Input!));
        return path;
    }

    [Fact]
    public async Task PayrollTemplate_Xlsx_WritesTheBilingualHeadings()
    {
        var (exit, _, errors) = await CliRunner.RunAsync("payroll", "template", "--format", "xlsx", "--out", PathOf("template.xlsx"));

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("fill in sheet 员工", errors, StringComparison.Ordinal);
        var header = Assert.Single(Rows(PathOf("template.xlsx"), "员工"));
        Assert.Equal(["工号 / Employee ID", "姓名 / Name", "部门 / Department", "所属月份 / Period"], header.Values.Take(4));
    }

    [Fact]
    public async Task PayrollRun_XlsxInputToXlsxRegisterStripsAndHtmlReport_WritesAllThreeForTheTwelveEmployees()
    {
        var input = SampleWorkbook();

        var (exit, _, errors) = await CliRunner.RunAsync("payroll", "run", "--input", input, "--format", "xlsx", "--out", PathOf("register.xlsx"),
            "--strips", PathOf("strips.xlsx"), "--report", PathOf("report.html"));

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("12 payslips, 0 rejected, 12 records read", errors, StringComparison.Ordinal);
        var register = Rows(PathOf("register.xlsx"), "工资表 Register");
        Assert.Equal(13, register.Count);
        Assert.Equal("E001", register[1]["A"]);
        var strips = Rows(PathOf("strips.xlsx"), "工资条 Payslips");
        Assert.Equal(12, strips.Count(r => Equals(r["A"], "工号 / Employee ID")));
        var html = await File.ReadAllTextAsync(PathOf("report.html"));
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("Operations", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PayrollRun_XlsxReport_WritesTheReportSheets()
    {
        var (exit, _, _) = await CliRunner.RunAsync("payroll", "run", "--input", CliRunner.RepoFile("docs/samples/payroll-company.json"), "--out", PathOf("slips.csv"),
            "--format", "csv", "--report", PathOf("report.xlsx"));

        Assert.Equal(CliApp.Ok, exit);
        var departments = Rows(PathOf("report.xlsx"), "部门成本 Department costs");
        Assert.Equal("部门 / Department", departments[0]["A"]);
        Assert.Equal(12d, departments.Skip(1).Sum(r => (double)r["B"]!));
    }

    // The rejected row names sheet, row and column in the run's language (--lang), the reader's error translated whole.
    [Theory]
    [InlineData("en", "bad.xlsx, sheet 员工, row 2, column 基本工资 / Base salary (D): \"abc\" is not a number")]
    [InlineData("zh-CN", "bad.xlsx，工作表 员工，第 2 行，基本工资 / Base salary 列（D）：\"abc\" 不是数字")]
    public async Task PayrollRun_XlsxCellNotANumber_RejectsTheRowNamingSheetRowAndColumn(string language, string expected)
    {
        var input = PathOf("bad.xlsx");
        using (var stream = File.Create(input))
        {
            stream.SaveAs(new[]
            {
                new Dictionary<string, object?> { ["A"] = "工号 / Employee ID", ["B"] = "所属月份 / Period", ["C"] = "城市 / City", ["D"] = "基本工资 / Base salary" },
                new Dictionary<string, object?> { ["A"] = "E1", ["B"] = "2026-01", ["C"] = "beijing", ["D"] = "abc" },
            }, printHeader: false, sheetName: "员工");
        }

        var (exit, _, errors) = await CliRunner.RunAsync("--lang", language, "payroll", "run", "--input", input);

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Contains(expected, errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PayrollRun_XlsxWithoutEmployeeSheet_FailsNamingTheFile()
    {
        var input = PathOf("other.xlsx");
        using (var stream = File.Create(input))
        {
            stream.SaveAs(new[] { new Dictionary<string, object?> { ["A"] = "x" } }, sheetName: "Sheet1");
        }

        var (exit, _, errors) = await CliRunner.RunAsync("payroll", "run", "--input", input);

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Contains($"--input {input}: other.xlsx: no sheet 员工", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format", "xlsx", "--format xlsx writes a workbook: add --out register.xlsx")]
    [InlineData("--report", "report.pdf", "--report 'report.pdf': write the report to a .html or .xlsx file")]
    [InlineData("--strips", "strips.csv", "--strips 'strips.csv': the payslip strips are an Excel workbook")]
    [InlineData("--points-db", "points.db", "--points-db shows the points dashboard of the HTML report")]
    public async Task PayrollRun_ExcelOptionMisused_IsAUsageError(string option, string value, string message)
    {
        var (exit, _, errors) = await CliRunner.RunAsync("payroll", "run", "--input", CliRunner.RepoFile("docs/samples/payroll-company.json"), option, value);

        Assert.Equal(CliApp.Usage, exit);
        Assert.Contains(message, errors, StringComparison.Ordinal);
    }
}
