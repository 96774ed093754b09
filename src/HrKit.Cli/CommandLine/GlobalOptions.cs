using System.CommandLine;

namespace HrKit.Cli.CommandLine;

/// <summary>Options every command takes (declared once on the root, recursive).</summary>
internal sealed class GlobalOptions
{
    public Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = CliStrings.Get("Help.Quiet"),
        Recursive = true,
    };

    public Option<string?> Lang { get; } = CreateLang();

    public Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = CliStrings.Get("Help.Verbose"),
        Recursive = true,
    };

    private static Option<string?> CreateLang()
    {
        var option = new Option<string?>("--lang")
        {
            Description = CliStrings.Get("Help.Lang"),
            Recursive = true,
        };
        option.AcceptOnlyFromAmong(CliCulture.Chinese, CliCulture.English);
        return option;
    }
}
