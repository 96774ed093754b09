namespace HrKit.Cli.CommandLine;

/// <summary>English lists for messages.</summary>
internal static class Words
{
    /// <summary><c>a, b or c</c>.</summary>
    public static string OneOf(IReadOnlyList<string> words) => words.Count switch
    {
        0 => "",
        1 => words[0],
        _ => string.Join(", ", words.Take(words.Count - 1)) + " or " + words[^1],
    };
}
