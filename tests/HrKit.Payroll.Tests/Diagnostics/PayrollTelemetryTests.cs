using HrKit.Payroll.Diagnostics;
using HrKit.Tests.Shared;

namespace HrKit.Payroll.Tests.Diagnostics;

public sealed class PayrollTelemetryTests
{
    [Fact]
    public void Instruments_FollowTheLibraryConventions() =>
        TelemetryConventions.AssertFollowed(typeof(PayrollTelemetry), PayrollTelemetry.Name, PayrollTelemetry.ActivitySource);
}
