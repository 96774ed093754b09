using HrKit.Tests.Shared;

namespace HrKit.Points.Tests.Packaging;

/// <summary>Issue 19: a SQLite user's dependency graph holds no PostgreSQL driver (and the other way round).</summary>
public sealed class StorePackageTests
{
    [Fact]
    public async Task Pack_SqlitePackage_NuspecDependencyGraphHasNoNpgsql()
    {
        var graph = await PackedDependencies.GraphAsync("HrKit.Points.Sqlite");

        Assert.Contains("Microsoft.Data.Sqlite", graph);
        Assert.Contains("HrKit.Points", graph);
        Assert.DoesNotContain(graph, id => id.StartsWith("Npgsql", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Pack_PostgreSqlPackage_NuspecDependencyGraphHasNoSqlite()
    {
        var graph = await PackedDependencies.GraphAsync("HrKit.Points.PostgreSql");

        Assert.Contains("Npgsql", graph);
        Assert.DoesNotContain(graph, id => id.Contains("Sqlite", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("HrKit.Points.Sqlite", "Npgsql")]
    [InlineData("HrKit.Points.PostgreSql", "Microsoft.Data.Sqlite")]
    public void Restore_StorePackage_ResolvedGraphHasNoOtherDriver(string project, string driver)
    {
        var libraries = PackedDependencies.Restored(project);

        Assert.Contains("HrKit.Points", libraries);
        Assert.DoesNotContain(libraries, name => name.Equals(driver, StringComparison.OrdinalIgnoreCase));
    }
}
