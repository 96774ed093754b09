using System.CommandLine;
using System.CommandLine.Parsing;

namespace HrKit.Cli.CommandLine;

/// <summary>Turns a failed parse into one line that names the problem and where to read the usage.</summary>
internal static class UsageError
{
    public static string Describe(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var path = CommandPath(parse.CommandResult);
        var subcommands = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
        string problem;
        if (parse.UnmatchedTokens.Count > 0)
        {
            var token = parse.UnmatchedTokens[0];
            problem = token.StartsWith('-')
                ? CliStrings.Format("Usage.UnknownOption", token, path)
                : subcommands.Count > 0
                    ? CliStrings.Format("Usage.UnknownCommand", token, path, Words.OneOf(subcommands))
                    : CliStrings.Format("Usage.UnexpectedArgument", token, path);
        }
        else if (subcommands.Count > 0 && (command.Action is null || parse.CommandResult.Parent is null))
        {
            problem = CliStrings.Format("Usage.NeedsCommand", path, Words.OneOf(subcommands));
        }
        else if (parse.Errors.Count > 0 && MissingRequired(command, parse) is { } option)
        {
            // System.CommandLine's own message is English only (its Chinese resources do not serve zh-CN here).
            problem = CliStrings.Format("Usage.OptionRequired", option);
        }
        else
        {
            problem = parse.Errors.Count > 0 ? parse.Errors[0].Message.TrimEnd('.', '。') : CliStrings.Get("Usage.Invalid");
        }

        return CliStrings.Format("Usage.SeeHelp", OneLine(problem), path);
    }

    // The required option the first error is about, when it is "Option '--input' is required."
    private static string? MissingRequired(Command command, ParseResult parse) =>
        command.Options.Where(o => o.Required).Select(o => o.Name)
            .FirstOrDefault(name => parse.Errors[0].Message.StartsWith($"Option '{name}' is required", StringComparison.Ordinal));

    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is not null; r = r.Parent)
        {
            if (r is CommandResult c)
            {
                names.Insert(0, c.Command.Name);
            }
        }

        return string.Join(' ', names);
    }

    private static string OneLine(string text) => string.Join("; ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
