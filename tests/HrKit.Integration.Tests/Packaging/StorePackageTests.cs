using HrKit.Tests.Shared;

namespace HrKit.Integration.Tests.Packaging;

/// <summary>Issue 19: HrKit.Integration and its SQLite stores bring no PostgreSQL driver; the PostgreSQL inbox brings no SQLite.</summary>
public sealed class StorePackageTests
{
    [Fact]
    public async Task Pack_IntegrationPackage_NuspecDependencyGraphHasNoDatabaseDriver()
    {
        var graph = await PackedDependencies.GraphAsync("HrKit.Integration");

        Assert.Contains("HrKit.Points", graph);
        Assert.DoesNotContain(graph, id => id.StartsWith("Npgsql", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(graph, id => id.Contains("Sqlite", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Pack_SqlitePackage_NuspecDependencyGraphHasNoNpgsql()
    {
        var graph = await PackedDependencies.GraphAsync("HrKit.Integration.Sqlite");

        Assert.Contains("Microsoft.Data.Sqlite", graph);
        Assert.Contains("HrKit.Integration", graph);
        Assert.DoesNotContain(graph, id => id.StartsWith("Npgsql", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Pack_PostgreSqlPackage_NuspecDependencyGraphHasNoSqlite()
    {
        var graph = await PackedDependencies.GraphAsync("HrKit.Integration.PostgreSql");

        Assert.Contains("Npgsql", graph);
        Assert.DoesNotContain(graph, id => id.Contains("Sqlite", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("HrKit.Integration", "Npgsql")]
    [InlineData("HrKit.Integration", "Microsoft.Data.Sqlite")]
    [InlineData("HrKit.Integration.Sqlite", "Npgsql")]
    [InlineData("HrKit.Integration.PostgreSql", "Microsoft.Data.Sqlite")]
    public void Restore_Package_ResolvedGraphHasNoOtherDriver(string project, string driver)
    {
        var libraries = PackedDependencies.Restored(project);

        Assert.Contains("HrKit.Points", libraries);
        Assert.DoesNotContain(libraries, name => name.Equals(driver, StringComparison.OrdinalIgnoreCase));
    }
}
