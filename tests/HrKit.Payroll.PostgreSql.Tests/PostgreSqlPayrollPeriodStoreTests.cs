using HrKit.Payroll.Periods;
using HrKit.Payroll.PostgreSql;
using HrKit.Payroll.Tests.Periods;
using HrKit.Points.Tests.Support;

namespace HrKit.Payroll.PostgreSql.Tests;

/// <summary>The behaviour suite on a throwaway PostgreSQL 15 cluster, one schema per test.</summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class PostgreSqlPayrollPeriodStoreTests(PostgreSqlCluster cluster) : PayrollPeriodStoreBehaviour
{
    protected override Task<IPayrollPeriodStore> CreateStoreAsync() =>
        Task.FromResult<IPayrollPeriodStore>(new PostgreSqlPayrollPeriodStore(cluster.NewSchema()));
}
