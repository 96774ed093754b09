using HrKit.Points.Ledger;
using HrKit.Points.Tests.Support;
using NodaTime;

namespace HrKit.Points.Tests.Ledger;

[Collection(PostgreSqlCollection.Name)]
public sealed class PostgreSqlLedgerStoreTests(PostgreSqlCluster cluster) : LedgerStoreBehaviour
{
    protected override IPointsLedgerStore CreateStore(IClock clock, Duration? expireAfter) =>
        PointsLedgerStores.PostgreSql(cluster.NewSchema(), clock, expireAfter);
}
