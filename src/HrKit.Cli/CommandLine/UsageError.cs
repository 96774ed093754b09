using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace HrKit.Cli.CommandLine;

/// <summary>Turns a failed parse into one line that names the problem and where to read the usage.</summary>
internal static partial class UsageError
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
            problem = parse.Errors.Count > 0 ? Translate(parse.Errors[0].Message, path).TrimEnd('.', '。') : CliStrings.Get("Usage.Invalid");
        }

        return CliStrings.Format("Usage.SeeHelp", OneLine(problem), path);
    }

    /// <summary>
    /// System.CommandLine's own message in the run's language: its English texts (the library's resources do not serve
    /// zh-CN here) are matched and put into CliStrings with the token they name. A message not listed here, and every
    /// message of hrkit's own validators (already a CliStrings text), is shown as it is. docs/localisation.md lists
    /// which parse errors are covered.
    /// </summary>
    internal static string Translate(string message, string path)
    {
        if (BadOptionValue().Match(message) is { Success: true } value)
        {
            return CliStrings.Format("Usage.BadValue", value.Groups["value"].Value, value.Groups["option"].Value, TypeName(value.Groups["type"].Value));
        }

        if (BadArgumentValue().Match(message) is { Success: true } argument)
        {
            return CliStrings.Format("Usage.BadArgument", argument.Groups["value"].Value, argument.Groups["command"].Value, TypeName(argument.Groups["type"].Value));
        }

        if (OptionNeedsValue().Match(message) is { Success: true } needs)
        {
            return CliStrings.Format("Usage.OptionNeedsValue", needs.Groups["option"].Value);
        }

        if (ArgumentMissing().Match(message) is { Success: true } missing)
        {
            return CliStrings.Format("Usage.ArgumentMissing", missing.Groups["argument"].Value, missing.Groups["command"].Value);
        }

        if (OneValueOnly().Match(message) is { Success: true } one)
        {
            return CliStrings.Format("Usage.OneValue", one.Groups["option"].Value, one.Groups["count"].Value);
        }

        if (NotOneOf().Match(message) is { Success: true } notOneOf)
        {
            var allowed = Quoted().Matches(notOneOf.Groups["allowed"].Value).Select(m => m.Groups[1].Value).ToList();
            return CliStrings.Format("Usage.NotOneOf", notOneOf.Groups["value"].Value, Words.OneOf(allowed));
        }

        if (Unrecognized().Match(message) is { Success: true } unrecognized)
        {
            return CliStrings.Format("Usage.UnexpectedArgument", unrecognized.Groups["token"].Value, path);
        }

        if (FileMissing().Match(message) is { Success: true } file)
        {
            return CliStrings.Format("Usage.FileMissing", file.Groups["path"].Value);
        }

        return message;
    }

    // System.Int32 → "whole number"; a type hrkit does not name is shown as the library gives it.
    private static string TypeName(string type) => type switch
    {
        "System.Int32" or "System.Int64" or "System.Int16" => CliStrings.Get("Usage.Type.WholeNumber"),
        "System.Decimal" or "System.Double" or "System.Single" => CliStrings.Get("Usage.Type.Number"),
        "System.Boolean" => CliStrings.Get("Usage.Type.Boolean"),
        "System.IO.FileInfo" or "System.IO.DirectoryInfo" or "System.IO.FileSystemInfo" => CliStrings.Get("Usage.Type.Path"),
        _ => type,
    };

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for option '(?<option>[^']*)' as expected type '(?<type>[^']*)'\.", RegexOptions.Singleline)]
    private static partial Regex BadOptionValue();

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for command '(?<command>[^']*)' as expected type '(?<type>[^']*)'\.", RegexOptions.Singleline)]
    private static partial Regex BadArgumentValue();

    [GeneratedRegex(@"^Required argument missing for option: '(?<option>[^']*)'\.")]
    private static partial Regex OptionNeedsValue();

    [GeneratedRegex(@"^Required argument '(?<argument>[^']*)' missing for command: '(?<command>[^']*)'\.")]
    private static partial Regex ArgumentMissing();

    [GeneratedRegex(@"^Option '(?<option>[^']*)' expects a single argument but (?<count>\d+) were provided\.")]
    private static partial Regex OneValueOnly();

    [GeneratedRegex(@"^Argument '(?<value>.*)' not recognized\. Must be one of:(?<allowed>.*)$", RegexOptions.Singleline)]
    private static partial Regex NotOneOf();

    [GeneratedRegex(@"'([^']*)'")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^Unrecognized command or argument '(?<token>.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex Unrecognized();

    [GeneratedRegex(@"^(File|Directory|File or directory) does not exist: '(?<path>.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex FileMissing();

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
