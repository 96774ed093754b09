using HrKit.Points.Ledger;
using NodaTime;

namespace HrKit.Points.Tests.Ledger;

public sealed class InMemoryLedgerStoreTests : LedgerStoreBehaviour
{
    protected override IPointsLedgerStore CreateStore(IClock clock, Duration? expireAfter) => PointsLedgerStores.InMemory(clock, expireAfter);
}
