using HrKit.Integration.Reconciliation;
using NodaTime;

namespace HrKit.Integration.Tests.Reconciliation;

public sealed class ReconciliationReportTests
{
    private static RejectedRecord Rejection(string id, RejectionReason reason) => new("wecom", id, "E1", reason, "why");

    private static ReconciliationReport Report(int read, params RejectedRecord[] rejected) =>
        new() { Name = "attendance 2025-10", RecordsRead = read, Rejected = rejected };

    [Fact]
    public void ErrorRate_NothingRead_IsZeroNotADivisionByZero() =>
        Assert.Equal(0m, Report(0).ErrorRate);

    [Fact]
    public void ErrorRate_OneOfEightRejected_IsOneEighth() =>
        Assert.Equal(0.125m, Report(8, Rejection("r1", RejectionReason.Malformed)).ErrorRate);

    [Fact]
    public void ErrorRate_TwoOfThreeRejected_IsRoundedToFourPlaces()
    {
        // 2 / 3 = 0.66666…, to four places 0.6667; 1 / 3 = 0.3333.
        Assert.Equal(0.6667m, Report(3, Rejection("r1", RejectionReason.Malformed), Rejection("r2", RejectionReason.InFuture)).ErrorRate);
        Assert.Equal(0.3333m, Report(3, Rejection("r1", RejectionReason.Malformed)).ErrorRate);
    }

    [Fact]
    public void ErrorRate_EverythingRejected_IsOne() =>
        Assert.Equal(1m, Report(1, Rejection("r1", RejectionReason.UnknownEmployee)).ErrorRate);

    [Fact]
    public void IsComplete_NoFailedRequest_IsTrue() => Assert.True(Report(1).IsComplete);

    [Fact]
    public void IsComplete_OneFailedRequest_IsFalse() =>
        Assert.False((Report(1) with { FailedRequests = [new FailedRequest("wecom", "E1 2025-10", "errcode 45009")] }).IsComplete);

    [Fact]
    public void RejectedByReason_ThreeRejections_CountsEachReason()
    {
        var report = Report(
            5,
            Rejection("r1", RejectionReason.Malformed),
            Rejection("r2", RejectionReason.UnmappedUser),
            Rejection("r3", RejectionReason.Malformed));

        var byReason = report.RejectedByReason;

        Assert.Equal(2, byReason.Count);
        Assert.Equal(2, byReason[RejectionReason.Malformed]);
        Assert.Equal(1, byReason[RejectionReason.UnmappedUser]);
    }

    [Fact]
    public void Defaults_NewReport_HasEmptyListsAndIsComplete()
    {
        var report = new ReconciliationReport { Name = "n" };

        Assert.Empty(report.Rejected);
        Assert.Empty(report.FailedRequests);
        Assert.Empty(report.RejectedByReason);
        Assert.Equal(0m, report.ErrorRate);
        Assert.True(report.IsComplete);
    }
}
