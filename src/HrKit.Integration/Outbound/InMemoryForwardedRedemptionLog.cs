using System.Collections.Concurrent;
using NodaTime;

namespace HrKit.Integration.Outbound;

/// <summary>
/// A process-local <see cref="IForwardedRedemptionLog"/>: after a restart every redemption is offered again (and
/// answered as already processed). Use <c>SqliteForwardedRedemptionLog</c> (HrKit.Integration.Sqlite) to keep it across restarts.
/// </summary>
public sealed class InMemoryForwardedRedemptionLog : IForwardedRedemptionLog
{
    private readonly ConcurrentDictionary<string, OutboundDelivery> _forwarded = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<IReadOnlySet<string>> GetForwardedAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlySet<string>>(_forwarded.Keys.ToHashSet(StringComparer.Ordinal));

    /// <inheritdoc />
    public Task RecordAsync(string redemptionId, OutboundDelivery delivery, Instant forwardedAt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(redemptionId);
        _forwarded.TryAdd(redemptionId, delivery);
        return Task.CompletedTask;
    }
}
