using HrKit.Points.Diagnostics;
using HrKit.Tests.Shared;

namespace HrKit.Points.Tests.Diagnostics;

public sealed class PointsTelemetryTests
{
    [Fact]
    public void Instruments_FollowTheLibraryConventions() =>
        TelemetryConventions.AssertFollowed(typeof(PointsTelemetry), PointsTelemetry.Name, PointsTelemetry.ActivitySource);
}
