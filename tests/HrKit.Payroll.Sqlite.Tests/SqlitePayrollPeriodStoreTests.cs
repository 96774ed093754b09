using HrKit.Payroll.Periods;
using HrKit.Payroll.Sqlite;
using HrKit.Payroll.Tests.Periods;

namespace HrKit.Payroll.Sqlite.Tests;

public sealed class SqlitePayrollPeriodStoreTests : PayrollPeriodStoreBehaviour, IDisposable
{
    private readonly string _path = TempDatabase.NewPath();

    protected override Task<IPayrollPeriodStore> CreateStoreAsync() => Task.FromResult<IPayrollPeriodStore>(new SqlitePayrollPeriodStore(_path));

    public void Dispose() => TempDatabase.Delete(_path);
}
