namespace HrKit.Cli.Tests.Output.Html;

/// <summary>A fact that needs Debian's Chromium; skipped, with the reason and the fix, only when it is not installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Path = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Path))
        {
            Skip = $"Chromium is not installed at {Path}: run 'apt-get install -y chromium' (.ci/run installs it when missing).";
        }
    }
}
