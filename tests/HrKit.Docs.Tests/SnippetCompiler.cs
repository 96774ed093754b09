using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HrKit.Docs.Tests;

/// <summary>
/// Compiles a snippet as a console program of its own with top-level statements, against the assemblies this test
/// runs with (the .NET and ASP.NET Core frameworks, the HrKit packages and their dependencies). The only usings added
/// are the implicit ones of a new `dotnet new console` project; every other namespace, HrKit's included, must be in
/// the snippet's own using lines, which is what a reader copies into such a project.
/// </summary>
public static class SnippetCompiler
{
    private static readonly SyntaxTree ConsoleImplicitUsings = CSharpSyntaxTree.ParseText(
        """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """,
        new CSharpParseOptions(LanguageVersion.Latest),
        path: "ImplicitUsings.cs");

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    /// <summary>The errors and warnings of compiling <paramref name="snippet"/>, formatted with its file and line.</summary>
    public static IReadOnlyList<string> Diagnose(DocSnippet snippet)
    {
        ArgumentNullException.ThrowIfNull(snippet);
        var tree = CSharpSyntaxTree.ParseText(snippet.Code, new CSharpParseOptions(LanguageVersion.Latest), path: snippet.File);
        var compilation = CSharpCompilation.Create(
            "Snippet",
            [ConsoleImplicitUsings, tree],
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        return compilation.GetDiagnostics()
            .Where(d => d.Location.SourceTree != ConsoleImplicitUsings || d.Severity == DiagnosticSeverity.Error)
            .Where(d => d.Severity == DiagnosticSeverity.Error || (d.Severity == DiagnosticSeverity.Warning && d.WarningLevel <= 1))
            .Select(d => $"{snippet.File}:{snippet.Line + d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .ToList();
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        // The platform's assemblies plus every assembly next to the test (HrKit and its package dependencies).
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var local = Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll");
        return platform.Concat(local)
            .Where(p => !Path.GetFileName(p).StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(g => (MetadataReference)MetadataReference.CreateFromFile(g.First()))
            .ToImmutableArray();
    }
}
