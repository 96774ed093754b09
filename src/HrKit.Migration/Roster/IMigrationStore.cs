using HrKit.Migration.Journal;
using HrKit.Migration.Records;

namespace HrKit.Migration.Roster;

/// <summary>
/// The roster (HrKit had none: one row per company and employee) and the journal of migration batches, kept together
/// so a roster change and the batch record recording it are written in one transaction. Implementations:
/// <see cref="InMemoryMigrationStore"/> (tests) and <see cref="Sqlite.SqliteMigrationStore"/>.
/// </summary>
public interface IMigrationStore : IAsyncDisposable
{
    /// <summary>Creates the tables if needed; safe to call more than once.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>The employee's roster row, or null.</summary>
    Task<RosterRecord?> FindEmployeeAsync(string companyId, string employeeId, CancellationToken cancellationToken = default);

    /// <summary>The company's roster, by employee id (ordinal).</summary>
    IAsyncEnumerable<RosterRecord> ReadRosterAsync(string companyId, CancellationToken cancellationToken = default);

    /// <summary>The batch with <paramref name="batchId"/>, or null.</summary>
    Task<MigrationBatch?> FindBatchAsync(string batchId, CancellationToken cancellationToken = default);

    /// <summary>
    /// In one transaction: writes <paramref name="upserts"/>, deletes <paramref name="deletes"/> from the company's
    /// roster, and records <paramref name="batch"/> (replacing a record with the same id).
    /// </summary>
    Task SaveAsync(string companyId, IReadOnlyList<RosterRecord> upserts, IReadOnlyList<string> deletes, MigrationBatch batch, CancellationToken cancellationToken = default);
}
