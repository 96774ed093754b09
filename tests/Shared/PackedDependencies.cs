using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;

namespace HrKit.Tests.Shared;

/// <summary>
/// What a user who installs one of our packages gets: the package ids its packed nuspec (and those of the HrKit
/// packages it depends on) names, and every library NuGet resolved for it. Linked into the tests of each package
/// family that ships its stores separately (issue 19: a SQLite user's graph holds no PostgreSQL driver).
/// </summary>
internal static class PackedDependencies
{
    /// <summary>Every library NuGet resolved for the src project, transitive ones included (the nuspec lists direct ones only).</summary>
    public static List<string> Restored(string project)
    {
        using var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoRoot(), "src", project, "obj", "project.assets.json")));
        return assets.RootElement.GetProperty("libraries").EnumerateObject().Select(l => l.Name.Split('/')[0]).ToList();
    }

    // Packs the project and, recursively, every HrKit project it depends on, and returns all the package ids named
    // as dependencies in their nuspec files: what a user who installs the package downloads, short of third-party
    // transitive dependencies (covered by the restore test above).
    public static async Task<SortedSet<string>> GraphAsync(string project)
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
            // Absent when the first pack failed: deleting it then would hide the failure's message.
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
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
