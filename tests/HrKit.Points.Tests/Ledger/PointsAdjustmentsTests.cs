using System.Security.Cryptography;
using System.Text;
using HrKit.Audit;
using HrKit.Points.Ledger;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Points.Tests.Ledger;

public sealed class PointsAdjustmentsTests
{
    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 2, 3, 9, 0));

    [Fact]
    public async Task AdjustAsync_SameIdTwice_PostsOnceAndAuditsOnce()
    {
        var ledger = PointsLedgerStores.InMemory(_clock);
        var log = new InMemoryAuditLog(_clock);
        var adjustments = new PointsAdjustments(ledger, _clock, log);

        var first = await adjustments.AdjustAsync("A-1", "E1", "general", 40, "alice", "make-up for a lost scan");
        var second = await adjustments.AdjustAsync("A-1", "E1", "general", 40, "alice", "make-up for a lost scan");

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.Equal(40, (await ledger.GetBalancesAsync("E1")).Single().Points);
        var entry = Assert.Single(await log.ReadAsync(new AuditQuery { Kind = AuditKinds.PointsAdjustment }).ToListAsync());
        Assert.Equal(("alice", "points/E1/general", "+40 points (A-1): make-up for a lost scan"), (entry.Actor, entry.Subject, entry.Summary));
    }

    [Fact]
    public async Task ReverseAsync_ByHand_RestoresTheBalanceAndRecordsWho()
    {
        var ledger = PointsLedgerStores.InMemory(_clock);
        var log = new InMemoryAuditLog(_clock);
        var adjustments = new PointsAdjustments(ledger, _clock, log);
        var posted = await adjustments.AdjustAsync("A-2", "E1", "general", 25, "alice", "bonus");

        await adjustments.ReverseAsync(posted!.Id, "bob", "given twice");

        Assert.Equal(0, (await ledger.GetBalancesAsync("E1")).Sum(b => b.Points));
        Assert.Equal(["alice", "bob"], (await log.ReadAsync(new AuditQuery()).ToListAsync()).Select(e => e.Actor));
    }

    [Fact]
    public async Task AdjustAsync_NoAuditLog_StillPosts()
    {
        var ledger = PointsLedgerStores.InMemory(_clock);

        await new PointsAdjustments(ledger, _clock).AdjustAsync("A-3", "E1", "general", 5, "alice", "why");

        Assert.Equal(5, (await ledger.GetBalancesAsync("E1")).Single().Points);
    }

    // The audit entry's data hash is the SHA-256 of the posting's id, source, employee, category, points and reason, one
    // per line; the posting itself is the ledger's manual kind.
    [Fact]
    public async Task AdjustAsync_PostingAndAuditData_AsDocumented()
    {
        var ledger = PointsLedgerStores.InMemory(_clock);
        var log = new InMemoryAuditLog(_clock);

        var posted = await new PointsAdjustments(ledger, _clock, log).AdjustAsync("A-4", "E1", "learning", 12, "alice", "course credit");

        Assert.Equal(("adjust/A-4", "adjust/A-4", "manual", "manual-adjustment", _clock.GetCurrentInstant()),
            (posted!.SourceId, posted.IdempotencyKey, posted.RuleName, posted.EventType, posted.OccurredAt));
        var entry = Assert.Single(await log.ReadAsync(new AuditQuery()).ToListAsync());
        Assert.Equal(Sha256($"{posted.Id}\nadjust/A-4\nE1\nlearning\n12\ncourse credit"), entry.DataHash);
    }

    [Fact]
    public async Task ReverseAsync_AuditEntry_NamesThePostingPointsAndReason()
    {
        var ledger = PointsLedgerStores.InMemory(_clock);
        var log = new InMemoryAuditLog(_clock);
        var adjustments = new PointsAdjustments(ledger, _clock, log);
        var posted = await adjustments.AdjustAsync("A-5", "E1", "general", 25, "alice", "bonus");

        var reversal = await adjustments.ReverseAsync(posted!.Id, "bob", "given twice");

        var entry = (await log.ReadAsync(new AuditQuery()).ToListAsync())[1];
        Assert.Equal(("bob", "points/E1/general", $"posting {posted.Id} reversed (-25 points): given twice"), (entry.Actor, entry.Subject, entry.Summary));
        Assert.Equal(Sha256($"{reversal.Id}\n{posted.Id}\ngiven twice"), entry.DataHash);
    }

    // Whitespace passes the ledger's own id checks, so each argument is checked here, by name, before anything is written.
    [Theory]
    [InlineData("adjustmentId")]
    [InlineData("employeeId")]
    [InlineData("category")]
    [InlineData("actor")]
    [InlineData("reason")]
    public async Task AdjustAsync_WhitespaceArgument_RefusedByNameWithNothingWritten(string blank)
    {
        var ledger = PointsLedgerStores.InMemory(_clock);
        var log = new InMemoryAuditLog(_clock);
        string Arg(string name, string value) => name == blank ? " " : value;

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => new PointsAdjustments(ledger, _clock, log).AdjustAsync(
            Arg("adjustmentId", "A-6"), Arg("employeeId", "E1"), Arg("category", "general"), 5, Arg("actor", "alice"), Arg("reason", "why")));

        Assert.Equal(blank, ex.ParamName);
        Assert.Empty(await ledger.GetPostingsAsync(new PostingQuery()));
        Assert.Empty(await log.ReadAsync(new AuditQuery()).ToListAsync());
    }

    [Theory]
    [InlineData("actor")]
    [InlineData("reason")]
    public async Task ReverseAsync_WhitespaceArgument_RefusedByNameWithNothingWritten(string blank)
    {
        var ledger = PointsLedgerStores.InMemory(_clock);
        var posted = await new PointsAdjustments(ledger, _clock).AdjustAsync("A-7", "E1", "general", 5, "alice", "why");
        var log = new InMemoryAuditLog(_clock);

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => new PointsAdjustments(ledger, _clock, log).ReverseAsync(
            posted!.Id, blank == "actor" ? " " : "bob", blank == "reason" ? " " : "why"));

        Assert.Equal(blank, ex.ParamName);
        Assert.Single(await ledger.GetPostingsAsync(new PostingQuery()));
        Assert.Empty(await log.ReadAsync(new AuditQuery()).ToListAsync());
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
