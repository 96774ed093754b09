using System.Diagnostics;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Periods;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Payroll.Sqlite.Tests;

/// <summary>
/// "Nothing half-written survives a kill -9", with a real process and a real SIGKILL: a child process
/// (tests/HrKit.Payroll.CrashProbe) runs a month into a SQLite period store and is killed while the run's transaction
/// holds half the month. The month must be exactly as before the run: the previous run's payslips, all of them.
/// </summary>
public sealed class SqlitePeriodProcessKillTests : IDisposable
{
    private const int Employees = 400;
    private readonly string _path = TempDatabase.NewPath();

    [Fact]
    public async Task RunAsync_KilledWhileReRunningAMonth_LeavesThePreviousRunWhole()
    {
        Assert.Equal("committed", await RunProbeAsync("2025-01", "10000", hang: false));

        Assert.Equal("halfway", await RunProbeAsync("2025-01", "12000", hang: true));

        Assert.Equal("ok", TempDatabase.Scalar<string>(_path, "PRAGMA integrity_check"));
        var january = await RegisterAsync(new YearMonth(2025, 1));
        Assert.Equal(Employees, january.Count);
        Assert.All(january, p => Assert.Equal(10_000m, p.Payslip.GrossPay));
    }

    [Fact]
    public async Task RunAsync_KilledDuringTheFirstRunOfAMonth_LeavesNoPayslip()
    {
        Assert.Equal("halfway", await RunProbeAsync("2025-01", "10000", hang: true));

        Assert.Empty(await RegisterAsync(new YearMonth(2025, 1)));
        await using var store = new SqlitePayrollPeriodStore(_path);
        Assert.Empty(await store.ReadEventsAsync("acme").ToListAsync());
    }

    public void Dispose() => TempDatabase.Delete(_path);

    private async Task<List<StoredPayslip>> RegisterAsync(YearMonth month)
    {
        await using var store = new SqlitePayrollPeriodStore(_path);
        await store.InitializeAsync();
        var service = new PayrollPeriodService(store, new PayrollEngineBuilder().Build(), new FakeClock(Instant.FromUtc(2025, 2, 1, 0, 0)));
        return await service.RegisterAsync("acme", month).ToListAsync();
    }

    // Returns the probe's last line: "committed" when it finished, "halfway" when it was killed mid-run.
    private async Task<string> RunProbeAsync(string month, string salary, bool hang)
    {
        string[] args = [Path.Combine(AppContext.BaseDirectory, "HrKit.Payroll.CrashProbe.dll"), _path, month, Employees.ToString(System.Globalization.CultureInfo.InvariantCulture), salary, .. hang ? ["hang"] : Array.Empty<string>()];
        using var process = Process.Start(new ProcessStartInfo(DotnetHost(), args) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        string? last = null;
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            last = line;
            if (hang && line == "halfway")
            {
                process.Kill(entireProcessTree: true);
                break;
            }
        }

        await process.WaitForExitAsync(timeout.Token);
        return last ?? throw new InvalidOperationException($"probe printed nothing: {await process.StandardError.ReadToEndAsync()}");
    }

    // The test host runs under the dotnet muxer; fall back to PATH when it does not.
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
}
