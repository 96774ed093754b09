using HrKit.Points.Catalog;
using HrKit.Points.Ledger;
using HrKit.Points.Tests.Support;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Points.Tests.Ledger;

/// <summary>
/// Issue 14 (schema version 6): identifiers compare byte by byte on PostgreSQL whatever the database's default collation,
/// so a ledger in a database ordered by ICU's en-US ranks ties and lists categories and items in the order SQLite does:
/// <see cref="string.CompareOrdinal(string, string)"/> for these identifiers, which have no surrogate pairs (UTF-16 code
/// unit order is then UTF-8 byte order). Under en-US the same identifiers sort "a, a10, a9, b, B, É, Z".
/// </summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class PostgreSqlIdentifierOrderTests(PostgreSqlCluster cluster) : IDisposable
{
    private static readonly string[] Identifiers = ["b", "É", "B", "a", "a10", "a9", "Z"];

    private static readonly string[] Ordinal = ["B", "Z", "a", "a10", "a9", "b", "É"];

    private readonly string _sqlitePath = TestData.TempPath(".db");

    [Theory]
    [InlineData("postgresql")]
    [InlineData("sqlite")]
    public async Task Queries_IdentifiersInALinguisticDatabase_OrderedByteByByteAsOnSqlite(string storeName)
    {
        var clock = new FakeClock(TestData.Monday9am);
        await using var store = storeName == "sqlite"
            ? SqlitePointsLedgerStore.Create(_sqlitePath, clock)
            : PostgreSqlPointsLedgerStore.Create(cluster.NewDatabaseWithIcuCollation("en-US"), clock);
        await store.InitializeAsync();
        await store.AppendAsync(Identifiers.Select(id => TestData.Award("tie-" + id, id, 10)).ToList());
        await store.AppendAsync(Identifiers.Select(id => TestData.Award("cat-" + id, "holder", 1, category: id)).ToList());
        foreach (var id in Identifiers)
        {
            await store.SaveItemAsync(new CatalogItem(id, "Item " + id, CatalogItemKind.Welfare, 5));
        }

        var board = await store.GetLeaderboardAsync(new LeaderboardQuery(new Interval(TestData.Monday9am - Duration.FromDays(1), TestData.Monday9am + Duration.FromDays(1)), 10)
        {
            EmployeeIds = Identifiers,
        });
        var categories = (await store.GetBalancesAsync("holder")).Select(b => b.Category);
        var items = (await store.GetItemsAsync()).Select(i => i.Id);

        Assert.Equal(Ordinal, Identifiers.Order(StringComparer.Ordinal));
        Assert.Equal(Ordinal.Select(id => new LeaderboardEntry(1, id, 10)), board);
        Assert.Equal(Ordinal, categories);
        Assert.Equal(Ordinal, items);
    }

    public void Dispose() => File.Delete(_sqlitePath);
}
