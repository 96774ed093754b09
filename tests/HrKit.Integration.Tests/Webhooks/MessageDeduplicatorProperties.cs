using FsCheck;
using FsCheck.Xunit;
using HrKit.Integration.Webhooks;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Integration.Tests.Webhooks;

public sealed class MessageDeduplicatorProperties
{
    [Property(MaxTest = 200)]
    public bool TryMark_AnyDeliverySequence_AdmitsEachIdExactlyOnceWithinTheWindow(byte[] ids)
    {
        var dedup = new MessageDeduplicator(new FakeClock(Instant.FromUtc(2026, 10, 1, 0, 0)), Duration.FromHours(1));

        var admitted = ids.Where(id => dedup.TryMark(id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();

        return admitted.Count == ids.Distinct().Count() && admitted.Distinct().Count() == admitted.Count;
    }

    [Fact]
    public void TryMark_AfterTheWindow_AdmitsTheIdAgain()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 10, 1, 0, 0));
        var dedup = new MessageDeduplicator(clock, Duration.FromHours(1));
        Assert.True(dedup.TryMark("m1"));
        Assert.False(dedup.TryMark("m1"));

        clock.Advance(Duration.FromMinutes(61));

        Assert.True(dedup.TryMark("m1"));
    }
}
