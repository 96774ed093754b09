namespace HrKit.Docs.Tests;

/// <summary>Finds the C# snippets of the Markdown a user reads: README.md, docs/ and each package's README.</summary>
public static class DocSnippets
{
    /// <summary>The repository root: the folder holding HrKit.sln above the test's output folder.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Every ```csharp block, in file then line order.</summary>
    public static IReadOnlyList<DocSnippet> All { get; } = Load();

    private static List<DocSnippet> Load()
    {
        var files = new List<string> { Path.Combine(RepositoryRoot, "README.md") };
        files.AddRange(Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "docs"), "*.md", SearchOption.AllDirectories));
        files.AddRange(Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "src"), "README.md", SearchOption.AllDirectories));
        files.Sort(StringComparer.Ordinal);
        return files.SelectMany(Parse).ToList();
    }

    private static IEnumerable<DocSnippet> Parse(string path)
    {
        var relative = Path.GetRelativePath(RepositoryRoot, path).Replace('\\', '/');
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() is not ("```csharp" or "```cs" or "```c#")) continue;
            var start = i;
            var body = new List<string>();
            while (++i < lines.Length && !lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal)) body.Add(lines[i]);
            yield return new DocSnippet(relative, start + 1, string.Join('\n', body));
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HrKit.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("HrKit.sln not found above " + AppContext.BaseDirectory);
    }
}
