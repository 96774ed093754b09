namespace HrKit.Points.Ledger;

/// <summary>A storage engine: schema creation and transactions.</summary>
internal interface ILedgerBackend : IAsyncDisposable
{
    Task InitializeAsync(CancellationToken ct);

    Task<LedgerSession> BeginAsync(CancellationToken ct);
}
