using System.Runtime.CompilerServices;
using HrKit.Migration.Journal;
using HrKit.Migration.Records;

namespace HrKit.Migration.Roster;

/// <summary>A process-local <see cref="IMigrationStore"/> for tests; contents vanish with the process. Thread-safe.</summary>
public sealed class InMemoryMigrationStore : IMigrationStore
{
    private readonly Dictionary<(string, string), RosterRecord> _roster = [];
    private readonly Dictionary<string, MigrationBatch> _batches = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <inheritdoc />
    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc />
    public Task<RosterRecord?> FindEmployeeAsync(string companyId, string employeeId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_roster.GetValueOrDefault((companyId, employeeId)));
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<RosterRecord> ReadRosterAsync(string companyId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        List<RosterRecord> rows;
        lock (_gate)
        {
            rows = [.. _roster.Where(p => p.Key.Item1 == companyId).Select(p => p.Value).OrderBy(r => r.EmployeeId, StringComparer.Ordinal)];
        }

        foreach (var r in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return r;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<MigrationBatch?> FindBatchAsync(string batchId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_batches.GetValueOrDefault(batchId));
        }
    }

    /// <inheritdoc />
    public Task SaveAsync(string companyId, IReadOnlyList<RosterRecord> upserts, IReadOnlyList<string> deletes, MigrationBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(upserts);
        ArgumentNullException.ThrowIfNull(deletes);
        ArgumentNullException.ThrowIfNull(batch);
        lock (_gate)
        {
            foreach (var r in upserts)
            {
                _roster[(companyId, r.EmployeeId)] = r;
            }

            foreach (var id in deletes)
            {
                _roster.Remove((companyId, id));
            }

            _batches[batch.BatchId] = batch;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
