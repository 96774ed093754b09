using System.Runtime.CompilerServices;
using NodaTime;

namespace HrKit.Audit;

/// <summary>A process-local <see cref="IAuditLog"/> for tests and simulations; entries vanish with the process. Thread-safe.</summary>
public sealed class InMemoryAuditLog : IAuditLog
{
    private readonly IClock _clock;
    private readonly List<AuditEntry> _entries = [];
    private readonly Lock _gate = new();

    /// <summary>Creates an empty log.</summary>
    /// <param name="clock">Stamps every entry.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public InMemoryAuditLog(IClock clock) => _clock = clock ?? throw new ArgumentNullException(nameof(clock));

    /// <inheritdoc />
    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc />
    public Task<AuditEntry> AppendAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        record.Validate();
        lock (_gate)
        {
            var previous = _entries.Count == 0 ? AuditChain.GenesisHash : _entries[^1].Hash;
            var entry = AuditChain.Link(_entries.Count + 1, _clock.GetCurrentInstant(), record, previous);
            _entries.Add(entry);
            return Task.FromResult(entry);
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<AuditEntry> ReadAsync(AuditQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        foreach (var e in Snapshot())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (query.Matches(e))
            {
                yield return e;
            }
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default) =>
        AuditChain.VerifyAsync(ReadAsync(new AuditQuery(), cancellationToken), cancellationToken);

    private AuditEntry[] Snapshot()
    {
        lock (_gate)
        {
            return [.. _entries];
        }
    }
}
