using HrKit.Tests.Shared;

namespace HrKit.Integration.Tests.Diagnostics;

public sealed class IntegrationTelemetryTests
{
    [Fact]
    public void Instruments_FollowTheLibraryConventions() =>
        TelemetryConventions.AssertFollowed(typeof(IntegrationTelemetry), IntegrationTelemetry.Name, IntegrationTelemetry.Source);
}
