using HrKit.Payroll.Periods;

namespace HrKit.Payroll.Tests.Periods;

public sealed class InMemoryPayrollPeriodStoreTests : PayrollPeriodStoreBehaviour
{
    protected override Task<IPayrollPeriodStore> CreateStoreAsync() => Task.FromResult<IPayrollPeriodStore>(new InMemoryPayrollPeriodStore());
}
