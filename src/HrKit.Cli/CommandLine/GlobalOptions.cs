using System.CommandLine;

namespace HrKit.Cli.CommandLine;

/// <summary>Options every command takes (declared once on the root, recursive).</summary>
internal sealed class GlobalOptions
{
    public Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = "No progress display on stderr.",
        Recursive = true,
    };

    public Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "On an internal error, print the stack trace too.",
        Recursive = true,
    };
}
