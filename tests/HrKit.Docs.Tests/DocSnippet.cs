namespace HrKit.Docs.Tests;

/// <summary>One ```csharp block of a Markdown file: where it starts (1-based line of the fence) and its text.</summary>
public sealed record DocSnippet(string File, int Line, string Code)
{
    /// <summary>The name xunit shows for the case: path relative to the repository and the fence's line.</summary>
    public override string ToString() => $"{File}:{Line}";
}
