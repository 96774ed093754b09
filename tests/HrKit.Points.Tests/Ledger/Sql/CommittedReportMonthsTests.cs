using HrKit.Points.Ledger.Sql;

namespace HrKit.Points.Tests.Ledger.Sql;

public sealed class CommittedReportMonthsTests
{
    [Fact]
    public void TryGet_NothingPublished_ReturnsFalse()
    {
        var months = new CommittedReportMonths();

        Assert.False(months.TryGet("t", 100, "A", out _));
    }

    [Fact]
    public void Publish_TwoRangesOfOneRow_RemembersTheSpanOfBoth()
    {
        var months = new CommittedReportMonths();

        months.Publish("t", [new((100L, "A"), (20L, 30L))]);
        months.Publish("t", [new((100L, "A"), (5L, 10L))]);

        // Both ranges lie inside the row's range, so the row holds at least 5 to 30.
        Assert.True(months.TryGet("t", 100, "A", out var range));
        Assert.Equal((5L, 30L), range);
    }

    [Fact]
    public void Publish_OtherTenantMonthOrEmployee_KeptApart()
    {
        var months = new CommittedReportMonths();

        months.Publish("t", [new((100L, "A"), (20L, 30L))]);

        Assert.False(months.TryGet("u", 100, "A", out _));
        Assert.False(months.TryGet("t", 200, "A", out _));
        Assert.False(months.TryGet("t", 100, "B", out _));
    }
}
