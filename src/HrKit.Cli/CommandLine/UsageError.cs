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
                ? $"unknown option '{token}' for '{path}'"
                : subcommands.Count > 0
                    ? $"unknown command '{token}' for '{path}'; use {Words.OneOf(subcommands)}"
                    : $"unexpected argument '{token}' for '{path}'";
        }
        else if (subcommands.Count > 0 && (command.Action is null || parse.CommandResult.Parent is null))
        {
            problem = $"'{path}' needs a command: {Words.OneOf(subcommands)}";
        }
        else
        {
            problem = parse.Errors.Count > 0 ? parse.Errors[0].Message.TrimEnd('.') : "invalid command line";
        }

        return $"{OneLine(problem)}. See '{path} --help'.";
    }

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
