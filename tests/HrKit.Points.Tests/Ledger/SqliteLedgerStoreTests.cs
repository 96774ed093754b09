using HrKit.Points.Ledger;
using HrKit.Points.Ledger.Sqlite;
using HrKit.Points.Model;
using HrKit.Points.Tests.Support;
using Microsoft.Data.Sqlite;
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

    [Fact]
    public async Task InitializeAsync_CancelledOnceThenFailedOnce_IsRunAgainByTheNextCall()
    {
        // The schema step is shared by racing callers, but a cancelled or failed one must not stick to the store.
        var folder = Path.Combine(Path.GetTempPath(), $"hrkit-points-{Guid.NewGuid():N}");
        var store = SqlitePointsLedgerStore.Create(Path.Combine(folder, "points.db"), new FakeClock(TestData.Monday9am));
        try
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.InitializeAsync(new CancellationToken(canceled: true)));
            var missingFolder = await Assert.ThrowsAsync<SqliteException>(() => store.InitializeAsync());
            Assert.Equal(14, missingFolder.SqliteErrorCode); // SQLITE_CANTOPEN

            Directory.CreateDirectory(folder);
            await store.InitializeAsync();
            await store.AppendAsync([TestData.Award("e1", "A", 10)]);
            Assert.Equal(10, (await store.GetBalancesAsync("A")).Single().Points);
        }
        finally
        {
            await store.DisposeAsync();
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public async Task InsertManyAsync_KeyAlreadyRecorded_RollsBackTheWholeTransactionAndTheLedgerStaysUsable()
    {
        // The multi-row insert runs as INSERT OR ROLLBACK (no statement journal): a constraint failure must undo
        // everything the transaction wrote before it, not only that statement, and leave the store usable.
        await Store.AppendAsync([TestData.Award("e1", "A", 10)]);
        var at = TestData.Monday9am;
        Posting New(string key, string employee, long points) => new(0, key, key, employee, "general", points, PostingKind.Award, at, at) { RuleName = "r", EventType = "t" };
        await using (var backend = Backend())
        {
            var s = await backend.BeginAsync(LedgerTenant.Default, default);
            await using (s)
            {
                await s.InsertManyAsync([New("first", "A", 5)], default);
                // Four rows go through one multi-row statement; the third repeats the key of the committed award.
                var failure = await Assert.ThrowsAsync<SqliteException>(() => s.InsertManyAsync([New("k1", "B", 1), New("k2", "A", 2), New("e1/r", "C", 3), New("k3", "A", 4)], default));
                Assert.Equal(19, failure.SqliteErrorCode); // SQLITE_CONSTRAINT
            }
        }

        Assert.Equal(10, (await Store.GetBalancesAsync("A")).Single().Points);
        Assert.Empty(await Store.GetBalancesAsync("B"));
        Assert.Equal(["e1/r"], (await Store.GetPostingsAsync(new PostingQuery())).Select(p => p.IdempotencyKey));
        var next = await Store.AppendAsync([TestData.Award("e2", "A", 7), TestData.Award("e3", "B", 1)]);
        Assert.Equal([2L, 3L], next.Posted.Select(p => p.Id));
        Assert.Equal((17, 1), ((await Store.GetBalancesAsync("A")).Single().Points, (await Store.GetBalancesAsync("B")).Single().Points));
        Assert.Equal([10L, 7L], (await Store.GetPostingsAsync(new PostingQuery { EmployeeId = "A" })).Select(p => p.Points));
    }

    [Fact]
    public async Task AppendAsync_AnotherConnectionAppendedToTheAccount_ChainsTheNextPostingAfterIt()
    {
        // Each backend remembers the last posting it committed per account; a second store on the same file is another
        // connection, whose commit must make the first forget what it remembered (PRAGMA data_version).
        await Store.AppendAsync([TestData.Award("e1", "A", 1)]);
        await using (var other = SqlitePointsLedgerStore.Create(_path, new FakeClock(TestData.Monday9am)))
        {
            await other.AppendAsync([TestData.Award("e2", "A", 2)]);
        }

        await Store.AppendAsync([TestData.Award("e3", "A", 4)]);

        Assert.Equal([1L, 2L, 4L], (await Store.GetPostingsAsync(new PostingQuery { EmployeeId = "A" })).Select(p => p.Points));
        Assert.Equal(7, (await Store.GetBalancesAsync("A")).Single().Points);
    }

    [Fact]
    public async Task InsertManyAsync_AfterARolledBackTransaction_ChainsAfterTheLastCommittedPosting()
    {
        await Store.InitializeAsync();
        var at = TestData.Monday9am;
        Posting New(string key, long points) => new(0, key, key, "A", "general", points, PostingKind.Award, at, at) { RuleName = "r", EventType = "t" };
        await using var backend = Backend();
        async Task InSessionAsync(bool commit, params Posting[] postings)
        {
            var s = await backend.BeginAsync(LedgerTenant.Default, default);
            await using (s)
            {
                await s.InsertManyAsync(postings, default);
                if (commit)
                {
                    await s.CommitAsync(default);
                }
            }
        }

        await InSessionAsync(commit: true, New("k1", 1));
        // Rolled back: ids 2 and 3 are never committed, and the next transaction reuses id 2.
        await InSessionAsync(commit: false, New("k2", 2), New("k3", 4));
        await InSessionAsync(commit: true, New("k4", 8));

        var postings = await Store.GetPostingsAsync(new PostingQuery { EmployeeId = "A" });
        Assert.Equal([(1L, 1L), (2L, 8L)], postings.Select(p => (p.Id, p.Points)));
    }
}
