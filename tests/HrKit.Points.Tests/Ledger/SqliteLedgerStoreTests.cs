using HrKit.Points.Ledger;
using HrKit.Points.Ledger.Sqlite;
using HrKit.Points.Tests.Support;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Points.Tests.Ledger;

public sealed class SqliteLedgerStoreTests : LedgerStoreBehaviour
{
    private readonly string _path = TestData.TempPath(".db");

    protected override IPointsLedgerStore CreateStore(IClock clock, Duration? expireAfter) => SqlitePointsLedgerStore.Create(_path, clock, expireAfter);

    private protected override ILedgerBackend Backend() => new SqliteLedgerBackend("Data Source=" + _path);

    [Fact]
    public async Task Sqlite_ReopenedFile_KeepsCommittedPostings()
    {
        await Store.AppendAsync([TestData.Award("e1", "A", 10)]);
        await Store.DisposeAsync();

        await using var reopened = SqlitePointsLedgerStore.Create(_path, new FakeClock(TestData.Monday9am));
        await reopened.InitializeAsync();

        Assert.Equal(10, (await reopened.GetBalancesAsync("A")).Single().Points);
        Assert.Empty((await reopened.AppendAsync([TestData.Award("e1", "A", 10)])).Posted);
    }
}
