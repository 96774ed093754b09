using HrKit.Points.Ledger;
using HrKit.Points.Ledger.InMemory;
using NodaTime;

namespace HrKit.Points.Tests.Ledger;

// The store created over the backend owns it and disposes it.
#pragma warning disable CA1001
public sealed class InMemoryLedgerStoreTests : LedgerStoreBehaviour
#pragma warning restore CA1001
{
    private readonly InMemoryLedgerBackend _backend = new();

    protected override IPointsLedgerStore CreateStore(IClock clock, Duration? expireAfter) => new LedgerStore(_backend, clock, expireAfter);

    private protected override ILedgerBackend Backend() => _backend;
}
