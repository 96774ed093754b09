namespace HrKit.Cli.CommandLine;

/// <summary>Lists for messages, in the run's language.</summary>
internal static class Words
{
    /// <summary><c>a, b or c</c> (<c>a、b 或 c</c>).</summary>
    public static string OneOf(IReadOnlyList<string> words) => words.Count switch
    {
        0 => "",
        1 => words[0],
        _ => string.Join(CliStrings.Get("Words.ListSeparator"), words.Take(words.Count - 1)) + CliStrings.Get("Words.Or") + words[^1],
    };
}
