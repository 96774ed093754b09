using System.Diagnostics;

namespace HrKit.Points.Tests.Support;

/// <summary>One run of tests/HrKit.Points.CrashProbe: its output a line at a time, and a SIGKILL of the whole process.</summary>
internal sealed class CrashProbeRun : IDisposable
{
    private static readonly TimeSpan LineTimeout = TimeSpan.FromMinutes(2);
    private readonly Process _process;

    private CrashProbeRun(Process process) => _process = process;

    public static CrashProbeRun Start(params string[] args) =>
        new(Process.Start(CrashProbeProcess.StartInfo(args)) ?? throw new InvalidOperationException("could not start the crash probe"));

    /// <summary>Whether the probe has ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>The probe's next line; a probe that ends first fails the test with what it wrote to stderr.</summary>
    public async Task<string> ReadLineAsync()
    {
        using var timeout = new CancellationTokenSource(LineTimeout);
        return await _process.StandardOutput.ReadLineAsync(timeout.Token)
            ?? throw new InvalidOperationException($"probe exited early ({await ExitCodeAsync()}): {await _process.StandardError.ReadToEndAsync()}");
    }

    /// <summary>Reads lines until one starts with <paramref name="prefix"/>, and returns it.</summary>
    public async Task<string> ReadLineStartingAsync(string prefix)
    {
        while (true)
        {
            var line = await ReadLineAsync();
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return line;
            }
        }
    }

    /// <summary>SIGKILL (no clean-up of any kind runs), then the lines the probe had printed before it died.</summary>
    public async Task<List<string>> KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        var printed = new List<string>();
        while (await _process.StandardOutput.ReadLineAsync() is { } line)
        {
            printed.Add(line);
        }

        return printed;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private async Task<int> ExitCodeAsync()
    {
        await _process.WaitForExitAsync();
        return _process.ExitCode;
    }
}
