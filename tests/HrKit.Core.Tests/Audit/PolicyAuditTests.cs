using HrKit.Audit;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Core.Tests.Audit;

public sealed class PolicyAuditTests
{
    [Fact]
    public async Task RecordIfChangedAsync_SameTextAgain_RecordsOnlyRealChanges()
    {
        var log = new InMemoryAuditLog(new FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0)));

        var first = await log.RecordIfChangedAsync("alice", "pay-policy.json", "{\"v\":1}");
        var same = await log.RecordIfChangedAsync("alice", "pay-policy.json", "{\"v\":1}");
        var changed = await log.RecordIfChangedAsync("bob", "pay-policy.json", "{\"v\":2}");
        var other = await log.RecordIfChangedAsync("bob", "points-policy.json", "{\"v\":1}");

        Assert.NotNull(first);
        Assert.Null(same);
        Assert.Equal(AuditRecord.HashOf("{\"v\":2}"), changed!.DataHash);
        Assert.StartsWith("policy changed", changed.Summary, StringComparison.Ordinal);
        Assert.Equal("policy/points-policy.json", other!.Subject);
    }
}
