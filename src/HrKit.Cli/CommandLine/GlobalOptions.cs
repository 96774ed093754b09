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

    public Option<string?> Lang { get; } = CreateLang();

    public Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "On an internal error, print the stack trace too.",
        Recursive = true,
    };

    private static Option<string?> CreateLang()
    {
        var option = new Option<string?>("--lang")
        {
            Description = "Language of payslips, reports and messages: zh-CN or en (default: the system's language).",
            Recursive = true,
        };
        option.AcceptOnlyFromAmong(CliCulture.Chinese, CliCulture.English);
        return option;
    }
}
