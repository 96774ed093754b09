using HrKit.Points.Ledger;
using HrKit.Points.Tests.Support;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Points.Tests.Ledger;

public sealed class PointsLedgerStoresTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(36_526)]
    public void InMemory_ExpireAfterOutsideBound_ThrowsArgumentOutOfRange(int days)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => PointsLedgerStores.InMemory(new FakeClock(TestData.Monday9am), Duration.FromDays(days)));

        Assert.Equal("expireAfter", ex.ParamName);
    }

    [Fact]
    public async Task InMemory_ExpireAfterOfOneTickOrExactlyTheBound_Accepted()
    {
        // 36,525 days is PointsBounds.MaxExpireAfter; one tick more is refused.
        await using var shortest = PointsLedgerStores.InMemory(new FakeClock(TestData.Monday9am), Duration.Epsilon);
        await using var longest = PointsLedgerStores.InMemory(new FakeClock(TestData.Monday9am), Duration.FromDays(36_525));

        var tooLong = Assert.Throws<ArgumentOutOfRangeException>(() => PointsLedgerStores.InMemory(new FakeClock(TestData.Monday9am), Duration.FromDays(36_525) + Duration.Epsilon));
        Assert.Equal("expireAfter", tooLong.ParamName);
        Assert.StartsWith("Must be positive and at most 36,525 days (PointsBounds.MaxExpireAfter), or null.", tooLong.Message, StringComparison.Ordinal);
        Assert.Equal(PointsBounds.MaxExpireAfter, Duration.FromDays(36_525));
    }

    [Fact]
    public void Sqlite_ExpireAfterAboveBound_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SqlitePointsLedgerStore.Create(TestData.TempPath(".db"), new FakeClock(TestData.Monday9am), Duration.MaxValue));
    }
}
