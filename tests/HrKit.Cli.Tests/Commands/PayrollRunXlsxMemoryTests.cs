using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace HrKit.Cli.Tests.Commands;

/// <summary>
/// <c>hrkit payroll run</c> with a workbook in and three files out (register, 工资条, HTML report) streams like the JSON
/// path: the child process's peak resident memory must not follow the number of rows. Holding the payslips would add
/// hundreds of megabytes between the two runs.
/// </summary>
public sealed class PayrollRunXlsxMemoryTests : IDisposable
{
    private const long MiB = 1024 * 1024;

    private readonly string _folder = Directory.CreateTempSubdirectory("hrkit-cli-xlsx-mem-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    [Trait("Category", "Memory")]
    public async Task PayrollRun_XlsxOfGrowingSize_PeakMemoryStaysBounded()
    {
        var small = await RunAsync(20_000);
        var large = await RunAsync(80_000);

        Assert.True(large < 400 * MiB, $"peak {large / MiB} MiB for 80 000 rows");
        Assert.True(large - small < 60 * MiB, $"peak grew from {small / MiB} MiB (20 000 rows) to {large / MiB} MiB (80 000)");
    }

    private async Task<long> RunAsync(int employees)
    {
        var input = Path.Combine(_folder, $"in-{employees}.xlsx");
        using (var file = File.Create(input))
        {
            // FastMode writes the sheet's <dimension> as Excel does.
            file.SaveAs(Rows(employees), printHeader: false, sheetName: "员工", configuration: new OpenXmlConfiguration { FastMode = true });
        }

        string register = Path.Combine(_folder, "register.xlsx"), strips = Path.Combine(_folder, "strips.xlsx"), report = Path.Combine(_folder, "report.html");
        var (peak, exit, _, stderr) = await CliProcess.RunAsync("payroll", "run", "--input", input, "--format", "xlsx", "--out", register,
            "--strips", strips, "--report", report, "--quiet");

        Assert.True(exit == 0, stderr);
        Assert.Contains($"{employees} payslips, 0 rejected, {employees} records read", stderr, StringComparison.Ordinal);
        using (var written = File.OpenRead(register))
        {
            Assert.Equal(employees + 1, written.Query(sheetName: "工资表 Register").Count());
        }

        Assert.True(peak > 0, "could not read the child's VmHWM from /proc");
        return peak;
    }

    private static IEnumerable<Dictionary<string, object?>> Rows(int employees)
    {
        yield return new() { ["A"] = "工号 / Employee ID", ["B"] = "姓名 / Name", ["C"] = "部门 / Department", ["D"] = "所属月份 / Period", ["E"] = "城市 / City", ["F"] = "基本工资 / Base salary" };
        for (var i = 0; i < employees; i++)
        {
            yield return new() { ["A"] = $"E{i:D7}", ["B"] = i % 2 == 0 ? "张伟" : "Alice", ["C"] = $"D{i % 20}", ["D"] = "2026-01", ["E"] = "beijing", ["F"] = 8_000 + (i % 5_000) };
        }
    }
}
