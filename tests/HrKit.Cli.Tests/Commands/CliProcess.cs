using System.Diagnostics;
using System.Globalization;

namespace HrKit.Cli.Tests.Commands;

/// <summary>Runs the built tool in a child process and samples its peak resident memory (VmHWM) while it runs.</summary>
internal static class CliProcess
{
    public static async Task<(long PeakBytes, int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var arg in new[] { "exec", Path.Combine(AppContext.BaseDirectory, "HrKit.Cli.dll") }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        long peak = 0;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, PeakResidentBytes(process.Id));
            await Task.Delay(20);
        }

        await process.WaitForExitAsync();
        return (peak, process.ExitCode, await stdout, await stderr);
    }

    // The kernel's high-water mark of the process's resident set; 0 once the process is gone.
    private static long PeakResidentBytes(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
