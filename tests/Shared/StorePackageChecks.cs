namespace HrKit.Tests.Shared;

/// <summary>
/// Issue 19, for a package family that ships its stores as separate packages: a SQLite user's dependency graph holds no
/// PostgreSQL driver, and a PostgreSQL user's no SQLite. One set-up for every family: each test project derives a class
/// naming its family (the core package id, e.g. HrKit.Points; the stores are that id with .Sqlite and .PostgreSql).
/// Linked into the tests of each such family, beside <see cref="PackedDependencies"/>.
/// </summary>
public abstract class StorePackageChecks(string family)
{
    [Fact]
    public async Task Pack_SqlitePackage_NuspecDependencyGraphHasNoNpgsql()
    {
        var graph = await PackedDependencies.GraphAsync(family + ".Sqlite");

        Assert.Contains("Microsoft.Data.Sqlite", graph);
        Assert.Contains(family, graph);
        Assert.DoesNotContain(graph, id => id.StartsWith("Npgsql", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Pack_PostgreSqlPackage_NuspecDependencyGraphHasNoSqlite()
    {
        var graph = await PackedDependencies.GraphAsync(family + ".PostgreSql");

        Assert.Contains("Npgsql", graph);
        Assert.DoesNotContain(graph, id => id.Contains("Sqlite", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData(".Sqlite", "Npgsql")]
    [InlineData(".PostgreSql", "Microsoft.Data.Sqlite")]
    public void Restore_StorePackage_ResolvedGraphHasNoOtherDriver(string store, string driver)
    {
        var libraries = PackedDependencies.Restored(family + store);

        Assert.Contains(family, libraries);
        Assert.DoesNotContain(libraries, name => name.Equals(driver, StringComparison.OrdinalIgnoreCase));
    }
}
