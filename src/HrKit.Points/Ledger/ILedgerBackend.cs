namespace HrKit.Points.Ledger;

/// <summary>A storage engine: schema creation and transactions.</summary>
internal interface ILedgerBackend : IAsyncDisposable
{
    Task InitializeAsync(CancellationToken ct);

    /// <summary>A transaction that reads and writes only <paramref name="tenant"/>'s rows.</summary>
    Task<LedgerSession> BeginAsync(string tenant, CancellationToken ct);
}
