using HrKit.Points.Ledger;
using HrKit.Points.Ledger.PostgreSql;
using HrKit.Points.Tests.Support;
using NodaTime;

namespace HrKit.Points.Tests.Ledger;

[Collection(PostgreSqlCollection.Name)]
public sealed class PostgreSqlLedgerStoreTests(PostgreSqlCluster cluster) : LedgerStoreBehaviour
{
    private string _connectionString = "";

    protected override IPointsLedgerStore CreateStore(IClock clock, Duration? expireAfter) =>
        PostgreSqlPointsLedgerStore.Create(_connectionString = cluster.NewSchema(), clock, expireAfter);

    private protected override ILedgerBackend Backend() => new PostgreSqlLedgerBackend(_connectionString);
}
