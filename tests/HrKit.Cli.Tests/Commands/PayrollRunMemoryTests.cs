using System.Globalization;
using System.Text;

namespace HrKit.Cli.Tests.Commands;

/// <summary>
/// <c>hrkit payroll run</c> streams: the built tool runs in a child process on generated JSON Lines input and its peak
/// resident memory (VmHWM) must not follow the input size. A payslip is about 4 KB as JSON, so holding the results
/// would add hundreds of megabytes between the two runs; what does grow is the engine's index of (employee, month)
/// pairs that catches an employee paid twice, well under 1 KB an employee.
/// </summary>
public sealed class PayrollRunMemoryTests : IDisposable
{
    private const long MiB = 1024 * 1024;

    private readonly string _folder = Directory.CreateTempSubdirectory("hrkit-cli-mem-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    [Trait("Category", "Memory")]
    public async Task PayrollRun_JsonLinesOfGrowingSize_PeakMemoryStaysBounded()
    {
        var small = await RunAsync(20_000);
        var large = await RunAsync(80_000);

        Assert.True(large.PeakBytes < 400 * MiB, $"peak {large.PeakBytes / MiB} MiB for 80 000 employees");
        Assert.True(large.PeakBytes - small.PeakBytes < 60 * MiB,
            $"peak grew from {small.PeakBytes / MiB} MiB (20 000 employees) to {large.PeakBytes / MiB} MiB (80 000)");
    }

    private async Task<(long PeakBytes, int Exit)> RunAsync(int employees)
    {
        var input = Path.Combine(_folder, $"in-{employees}.jsonl");
        var output = Path.Combine(_folder, $"out-{employees}.jsonl");
        await using (var writer = new StreamWriter(input, false, new UTF8Encoding(false)))
        {
            for (var i = 0; i < employees; i++)
            {
                await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $$"""{"employeeId":"E{{i:D7}}","name":"{{(i % 2 == 0 ? "张伟" : "Alice")}}","department":"D{{i % 20}}","period":"2026-01","city":"beijing","baseSalary":{{8_000 + i % 5_000}}}"""));
            }
        }

        var (peak, exit, stdout, stderr) = await CliProcess.RunAsync("payroll", "run", "--input", input, "--format", "jsonl", "--out", output, "--quiet");
        Assert.True(exit == 0, stderr);
        Assert.Equal("", stdout);
        Assert.Contains($"{employees} payslips, 0 rejected, {employees} records read", stderr, StringComparison.Ordinal);
        Assert.Equal(employees, File.ReadLines(output).Count());
        Assert.True(peak > 0, "could not read the child's VmHWM from /proc");
        File.Delete(output);
        return (peak, exit);
    }
}
