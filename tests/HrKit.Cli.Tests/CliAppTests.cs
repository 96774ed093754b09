namespace HrKit.Cli.Tests;

/// <summary>The command line itself: help, version and usage errors, the same for every command.</summary>
public sealed class CliAppTests
{
    public static TheoryData<string> Commands =>
    [
        "", "demo", "payroll", "payroll run", "payroll validate", "payroll policy", "payroll contributions", "points", "points validate", "points simulate",
        "points balance", "sync", "sync attendance",
    ];

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Help_EveryCommand_PrintsUsageAndExitsZero(string command)
    {
        foreach (var flag in new[] { "-h", "--help" })
        {
            var (exit, output, errors) = await CliRunner.RunAsync([.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), flag]);

            Assert.Equal(CliApp.Ok, exit);
            Assert.Equal("", errors);
            Assert.Contains($"hrkit {command}".TrimEnd(), output, StringComparison.Ordinal);
            Assert.Contains("Usage:", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Help_PayrollRun_ListsEveryOption()
    {
        var (_, output, _) = await CliRunner.RunAsync("payroll", "run", "--help");

        foreach (var option in new[] { "--input", "--policy", "--contributions", "--format", "--out", "--report", "--explain", "--max-error-rate", "--quiet", "--verbose" })
        {
            Assert.Contains(option, output, StringComparison.Ordinal);
        }

        Assert.Contains("table|json|csv|jsonl", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_PrintsTheAssemblyVersion()
    {
        var (exit, output, _) = await CliRunner.RunAsync("--version");

        Assert.Equal(CliApp.Ok, exit);
        Assert.StartsWith(typeof(CliApp).Assembly.GetName().Version!.ToString(3), output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("error: 'hrkit' needs a command: demo, payroll, points, sync, migrate or audit. See 'hrkit --help'.")]
    [InlineData("error: unknown command 'pay' for 'hrkit'; use demo, payroll, points, sync, migrate or audit. See 'hrkit --help'.", "pay")]
    [InlineData("error: unknown option '--inptu' for 'hrkit payroll run'. See 'hrkit payroll run --help'.", "payroll", "run", "--inptu", "x.json")]
    [InlineData("error: unexpected argument 'extra.json' for 'hrkit payroll run'. See 'hrkit payroll run --help'.", "payroll", "run", "--input", "x.json", "extra.json")]
    [InlineData("error: unexpected argument 'now' for 'hrkit payroll policy'. See 'hrkit payroll policy --help'.", "payroll", "policy", "now")]
    [InlineData("error: Option '--input' is required. See 'hrkit payroll run --help'.", "payroll", "run")]
    [InlineData("error: Option '--employee' is required. See 'hrkit points balance --help'.", "points", "balance", "--db", "x.db")]
    [InlineData("error: 'hrkit sync' needs a command: attendance. See 'hrkit sync --help'.", "sync")]
    [InlineData("error: --format 'xml' is not supported; use table, json, csv, jsonl or xlsx. See 'hrkit payroll run --help'.", "payroll", "run", "--input", "x.json", "--format", "xml")]
    [InlineData("error: --max-error-rate: '5%' is not a share between 0 and 1, such as 0.05 for 5 %. See 'hrkit payroll run --help'.", "payroll", "run", "--input", "x.json", "--max-error-rate", "5%")]
    [InlineData("error: --time-zone 'Mars/Olympus' is not an IANA time zone such as Asia/Shanghai. See 'hrkit points simulate --help'.", "points", "simulate", "--events", "e.jsonl", "--time-zone", "Mars/Olympus")]
    [InlineData("error: --report and --explain print text: use them with --format table, or write the report to a file: --report report.html. See 'hrkit payroll run --help'.", "payroll", "run", "--input", "x.json", "--format", "csv", "--report")]
    [InlineData("error: use one of --city, --check and --list. See 'hrkit payroll contributions --help'.", "payroll", "contributions", "--city", "beijing", "--check")]
    [InlineData("error: --list shows every city's whole coverage; use --month with --city or --check. See 'hrkit payroll contributions --help'.", "payroll", "contributions", "--list", "--month", "2026-01")]
    [InlineData("error: --month: '2026-13' is not a month like 2025-06. See 'hrkit payroll contributions --help'.", "payroll", "contributions", "--check", "--month", "2026-13")]
    [InlineData("error: --format 'csv' is not supported; use table or json. See 'hrkit payroll contributions --help'.", "payroll", "contributions", "--format", "csv")]
    public async Task Usage_BadCommandLine_OneLineErrorAndExitTwo(string message, params string[] args)
    {
        var (exit, output, errors) = await CliRunner.RunAsync(args);

        Assert.Equal(CliApp.Usage, exit);
        Assert.Equal("", output);
        Assert.Equal(message + Environment.NewLine, errors);
    }
}
