namespace HrKit.Docs.Tests;

public sealed class DocSnippetTests
{
    // "file:line" strings, so that each snippet is a test case of its own in the runner and in filters.
    public static TheoryData<string> Snippets() => [.. DocSnippets.All.Select(s => s.ToString())];

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Snippet_CompiledAsWritten_HasNoErrorsOrWarnings(string snippetAt)
    {
        var snippet = DocSnippets.All.Single(s => s.ToString() == snippetAt);

        var diagnostics = SnippetCompiler.Diagnose(snippet);

        Assert.True(diagnostics.Count == 0, string.Join(Environment.NewLine, diagnostics));
    }

    [Fact]
    public void Snippets_InReadmeAndDocs_AreFound()
    {
        // Guards the finder itself: the README alone shows four C# blocks, so an empty list means it is broken.
        Assert.True(DocSnippets.All.Count(s => s.File == "README.md") >= 4);
        Assert.Contains(DocSnippets.All, s => s.File.StartsWith("docs/", StringComparison.Ordinal));
        Assert.Contains(DocSnippets.All, s => s.File.StartsWith("src/", StringComparison.Ordinal));
    }

    [Fact]
    public void Compiler_BrokenSnippet_ReportsErrorWithFileAndLine()
    {
        var broken = new DocSnippet("docs/x.md", 10, "using HrKit.Payroll.Engine;\nvar engine = new PayrollEngineBuilder().Buidl();");

        var diagnostics = SnippetCompiler.Diagnose(broken);

        Assert.Contains(diagnostics, d => d.StartsWith("docs/x.md:12: CS1061", StringComparison.Ordinal));
    }
}
