using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;

namespace HrKit.Points.Tests.Packaging;

/// <summary>Issue 19: a SQLite user's dependency graph holds no PostgreSQL driver (and the other way round).</summary>
public sealed class StorePackageTests
{
    [Fact]
    public async Task Pack_SqlitePackage_NuspecDependencyGraphHasNoNpgsql()
    {
        var graph = await PackedDependencyGraphAsync("HrKit.Points.Sqlite");

        Assert.Contains("Microsoft.Data.Sqlite", graph);
        Assert.Contains("HrKit.Points", graph);
        Assert.DoesNotContain(graph, id => id.StartsWith("Npgsql", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Pack_PostgreSqlPackage_NuspecDependencyGraphHasNoSqlite()
    {
        var graph = await PackedDependencyGraphAsync("HrKit.Points.PostgreSql");

        Assert.Contains("Npgsql", graph);
        Assert.DoesNotContain(graph, id => id.Contains("Sqlite", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("HrKit.Points.Sqlite", "Npgsql")]
    [InlineData("HrKit.Points.PostgreSql", "Microsoft.Data.Sqlite")]
    public void Restore_StorePackage_ResolvedGraphHasNoOtherDriver(string project, string driver)
    {
        // Every package NuGet resolved for the project, transitive ones included (the nuspec lists direct ones only).
        using var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoRoot(), "src", project, "obj", "project.assets.json")));
        var libraries = assets.RootElement.GetProperty("libraries").EnumerateObject().Select(l => l.Name.Split('/')[0]).ToList();

        Assert.Contains("HrKit.Points", libraries);
        Assert.DoesNotContain(libraries, name => name.Equals(driver, StringComparison.OrdinalIgnoreCase));
    }

    // Packs the project and, recursively, every HrKit project it depends on, and returns all the package ids named
    // as dependencies in their nuspec files: what a user who installs the package downloads, short of third-party
    // transitive dependencies (covered by the restore test above).
    private static async Task<SortedSet<string>> PackedDependencyGraphAsync(string project)
    {
        var output = Path.Combine(Path.GetTempPath(), $"hrkit-pack-{Guid.NewGuid():N}");
        var graph = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Queue<string>([project]);
        var packed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            while (pending.TryDequeue(out var next))
            {
                if (!packed.Add(next))
                {
                    continue;
                }

                foreach (var id in await PackAndReadDependenciesAsync(next, output))
                {
                    graph.Add(id);
                    if (id.StartsWith("HrKit.", StringComparison.Ordinal))
                    {
                        pending.Enqueue(id);
                    }
                }
            }
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }

        return graph;
    }

    private static async Task<IReadOnlyList<string>> PackAndReadDependenciesAsync(string project, string output)
    {
        var csproj = Path.Combine(RepoRoot(), "src", project, project + ".csproj");
        // --no-build: the test build already compiled the project (a project reference of these tests).
        var start = new ProcessStartInfo("dotnet", ["pack", csproj, "--no-build", "--nologo", "-c", Configuration, "-o", output])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"dotnet pack {project} failed:\n{await stdout}\n{await stderr}");

        // HrKit.Points.0.1.0.nupkg, not HrKit.Points.Sqlite.0.1.0.nupkg nor the .snupkg symbols.
        var nupkg = Directory.EnumerateFiles(output, "*.nupkg").Single(f =>
            Path.GetFileName(f) is var name && name.StartsWith(project + ".", StringComparison.Ordinal) && char.IsDigit(name[project.Length + 1]));
        using var zip = ZipFile.OpenRead(nupkg);
        using var nuspec = zip.GetEntry(project + ".nuspec")!.Open();
        var doc = XDocument.Load(nuspec);
        return doc.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => (string)e.Attribute("id")!).ToList();
    }

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HrKit.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("HrKit.sln not found above " + AppContext.BaseDirectory);
    }
}
