using HrKit.Audit;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Audit.Sqlite.Tests.Behaviour;

/// <summary>
/// What every SQL audit store must do, run on SQLite and on PostgreSQL: link entries, filter reads, refuse UPDATE and
/// DELETE, and let <see cref="IAuditLog.VerifyAsync"/> find entries edited, deleted or reordered with raw SQL once the
/// table's guard is removed, as someone with database access could.
/// </summary>
public abstract class AuditLogBehaviour
{
    protected FakeClock Clock { get; } = new(Instant.FromUtc(2026, 3, 1, 8, 0));

    protected abstract Task<IAuditLog> CreateLogAsync();

    /// <summary>Runs raw SQL on the log's database.</summary>
    protected abstract Task ExecuteAsync(string sql);

    /// <summary>SQL that removes the triggers refusing UPDATE and DELETE.</summary>
    protected abstract string DropAppendOnlyGuardSql { get; }

    [Fact]
    public async Task AppendAsync_ThreeRecords_LinksThemAndVerifies()
    {
        var log = await CreateLogAsync();

        var entries = await AppendThreeAsync(log);
        var result = await log.VerifyAsync();

        Assert.Equal([1L, 2L, 3L], entries.Select(e => e.Sequence));
        Assert.Equal(AuditChain.GenesisHash, entries[0].PreviousHash);
        Assert.Equal(entries[0].Hash, entries[1].PreviousHash);
        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal(3, result.Entries);
        Assert.Equal(entries[2].Hash, result.HeadHash);
    }

    [Fact]
    public async Task ReadAsync_ByActorKindAndPeriod_ReturnsOnlyMatchesAsStored()
    {
        var log = await CreateLogAsync();
        var stored = await AppendThreeAsync(log);

        var bob = await log.ReadAsync(new AuditQuery { Actor = "bob" }).ToListAsync();
        var closes = await log.ReadAsync(new AuditQuery { Kind = AuditKinds.PayrollClose }).ToListAsync();
        var april = await log.ReadAsync(new AuditQuery { From = Instant.FromUtc(2026, 4, 1, 0, 0), To = Instant.FromUtc(2026, 5, 1, 0, 0) }).ToListAsync();

        Assert.Equal([stored[2]], bob);
        Assert.Equal([2L, 3L], closes.Select(e => e.Sequence));
        Assert.Equal([2L], april.Select(e => e.Sequence));
    }

    [Fact]
    public async Task RawUpdate_WithGuardInPlace_IsRefused()
    {
        var log = await CreateLogAsync();
        await AppendThreeAsync(log);

        await Assert.ThrowsAnyAsync<Exception>(() => ExecuteAsync("UPDATE audit_log SET summary = 'x' WHERE seq = 2"));
        await Assert.ThrowsAnyAsync<Exception>(() => ExecuteAsync("DELETE FROM audit_log WHERE seq = 2"));
        Assert.True((await log.VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task VerifyAsync_EntryEditedWithRawSql_ReportsThatEntry()
    {
        var log = await CreateLogAsync();
        await AppendThreeAsync(log);
        await ExecuteAsync(DropAppendOnlyGuardSql);

        await ExecuteAsync("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2");
        var result = await log.VerifyAsync();

        Assert.Equal(2, result.BrokenAt);
        Assert.Contains("edited", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_EntryDeletedWithRawSql_ReportsTheGap()
    {
        var log = await CreateLogAsync();
        await AppendThreeAsync(log);
        await ExecuteAsync(DropAppendOnlyGuardSql);

        await ExecuteAsync("DELETE FROM audit_log WHERE seq = 2");
        var result = await log.VerifyAsync();

        Assert.Equal(3, result.BrokenAt);
        Assert.Equal(1, result.Entries);
    }

    [Fact]
    public async Task VerifyAsync_EntriesReorderedWithRawSql_ReportsTheFirstMovedEntry()
    {
        var log = await CreateLogAsync();
        await AppendThreeAsync(log);
        await ExecuteAsync(DropAppendOnlyGuardSql);

        await ExecuteAsync("UPDATE audit_log SET seq = -2 WHERE seq = 2");
        await ExecuteAsync("UPDATE audit_log SET seq = 2 WHERE seq = 3");
        await ExecuteAsync("UPDATE audit_log SET seq = 3 WHERE seq = -2");
        var result = await log.VerifyAsync();

        Assert.Equal(2, result.BrokenAt);
    }

    [Fact]
    public async Task VerifyAsync_HashRecomputedAfterEdit_StillBreaksAtTheNextLink()
    {
        // An editor who also rewrites the edited entry's hash cannot rewrite the next entry's previous_hash consistently
        // without recomputing every later hash; editing one row and its hash breaks the next link.
        var log = await CreateLogAsync();
        var stored = await AppendThreeAsync(log);
        await ExecuteAsync(DropAppendOnlyGuardSql);
        var forged = AuditChain.ComputeHash(2, stored[1].At, stored[1].Kind, "mallory", stored[1].Subject, stored[1].Summary, stored[1].DataHash, stored[1].PreviousHash);

        await ExecuteAsync($"UPDATE audit_log SET actor = 'mallory', hash = '{forged}' WHERE seq = 2");
        var result = await log.VerifyAsync();

        Assert.Equal(3, result.BrokenAt);
    }

    [Fact]
    public async Task AppendAsync_ConcurrentWriters_KeepOneLinearChain()
    {
        var log = await CreateLogAsync();

        await Task.WhenAll(Enumerable.Range(0, 16).Select(i => log.AppendAsync(new AuditRecord(AuditKinds.PointsAdjustment, $"user{i}", "points/E1", "adjusted", ""))));
        var result = await log.VerifyAsync();
        var all = await log.ReadAsync(new AuditQuery()).ToListAsync();

        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal(Enumerable.Range(1, 16).Select(i => (long)i), all.Select(e => e.Sequence));
    }

    private async Task<List<AuditEntry>> AppendThreeAsync(IAuditLog log)
    {
        var entries = new List<AuditEntry>
        {
            await log.AppendAsync(new AuditRecord(AuditKinds.PayrollRun, "alice", "payroll/ACME/2026-03", "42 payslips stored", AuditRecord.HashOf("run"))),
        };
        Clock.AdvanceDays(31);
        entries.Add(await log.AppendAsync(new AuditRecord(AuditKinds.PayrollClose, "alice", "payroll/ACME/2026-03", "closed", "")));
        Clock.AdvanceDays(31);
        entries.Add(await log.AppendAsync(new AuditRecord(AuditKinds.PayrollClose, "bob", "payroll/ACME/2026-04", "closed", "")));
        return entries;
    }
}
