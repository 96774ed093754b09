using System.Diagnostics;

namespace HrKit.Points.Tests.Support;

/// <summary>Starts tests/HrKit.Points.CrashProbe, built beside the tests, as a child process.</summary>
internal static class CrashProbeProcess
{
    public static ProcessStartInfo StartInfo(params string[] args) =>
        new(DotnetHost(), [Path.Combine(AppContext.BaseDirectory, "HrKit.Points.CrashProbe.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

    // The test host runs under the dotnet muxer; fall back to PATH when it does not.
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
}
