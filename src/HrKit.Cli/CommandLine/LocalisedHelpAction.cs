using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace HrKit.Cli.CommandLine;

/// <summary>
/// <c>--help</c> in the run's language. The descriptions are already CliStrings texts; System.CommandLine's own words
/// (<c>Usage:</c>, <c>Options:</c>, <c>(REQUIRED)</c>) come from its resources, whose Chinese satellite cannot serve
/// zh-CN in invariant-globalization mode, so its help is written to a buffer and those words are replaced.
/// </summary>
/// <param name="invocation">The run's configuration, whose <see cref="InvocationConfiguration.Output"/> the help goes to.</param>
internal sealed class LocalisedHelpAction(InvocationConfiguration invocation) : SynchronousCommandLineAction
{
    // System.CommandLine's English headings (a whole line each) and labels, with the CliStrings key that replaces them.
    private static readonly (string English, string Key)[] Headings =
    [
        ("Description:", "HelpText.Description"), ("Usage:", "HelpText.Usage"), ("Arguments:", "HelpText.Arguments"),
        ("Options:", "HelpText.Options"), ("Commands:", "HelpText.Commands"),
    ];

    private static readonly (string English, string Key)[] Labels =
    [
        (" (REQUIRED)", "HelpText.Required"), ("[default: ", "HelpText.Default"), (" [options]", "HelpText.UsageOptions"), (" [command]", "HelpText.UsageCommand"),
    ];

    public override int Invoke(ParseResult parseResult)
    {
        var output = invocation.Output;
        using var buffer = new StringWriter();
        invocation.Output = buffer;
        try
        {
            new HelpAction().Invoke(parseResult);
        }
        finally
        {
            invocation.Output = output;
        }

        foreach (var line in buffer.ToString().Split('\n'))
        {
            var text = line.TrimEnd('\r');
            if (Headings.FirstOrDefault(h => h.English == text) is { Key: not null } heading)
            {
                text = CliStrings.Get(heading.Key);
            }

            foreach (var (english, key) in Labels)
            {
                text = text.Replace(english, CliStrings.Get(key), StringComparison.Ordinal);
            }

            output.Write(text);
            output.Write(line.EndsWith('\r') ? "\r\n" : "\n");
        }

        return CliApp.Ok;
    }
}
