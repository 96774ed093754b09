using HrKit.Tests.Shared;

namespace HrKit.Integration.Tests.Packaging;

/// <summary>
/// Issue 19: HrKit.Integration and its SQLite stores bring no PostgreSQL driver; the PostgreSQL inbox brings no SQLite
/// (the store packages through <see cref="StorePackageChecks"/>, the core package here).
/// </summary>
public sealed class StorePackageTests() : StorePackageChecks("HrKit.Integration")
{
    [Fact]
    public async Task Pack_IntegrationPackage_NuspecDependencyGraphHasNoDatabaseDriver()
    {
        var graph = await PackedDependencies.GraphAsync("HrKit.Integration");

        Assert.Contains("HrKit.Points", graph);
        Assert.DoesNotContain(graph, id => id.StartsWith("Npgsql", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(graph, id => id.Contains("Sqlite", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Npgsql")]
    [InlineData("Microsoft.Data.Sqlite")]
    public void Restore_IntegrationPackage_ResolvedGraphHasNoDatabaseDriver(string driver)
    {
        var libraries = PackedDependencies.Restored("HrKit.Integration");

        Assert.Contains("HrKit.Points", libraries);
        Assert.DoesNotContain(libraries, name => name.Equals(driver, StringComparison.OrdinalIgnoreCase));
    }
}
