using HrKit.Cli.Commands;
using HrKit.Integration.Reconciliation;

namespace HrKit.Cli.Tests.Commands;

public sealed class SyncVerdictTests
{
    private static ReconciliationReport Report(int read, int accepted, int rejected, int failed = 0) => new()
    {
        Name = "attendance sync 2025-06",
        RecordsRead = read,
        Accepted = accepted,
        Rejected = [.. Enumerable.Range(0, rejected).Select(i => new RejectedRecord("file", $"B{i}", "E001", RejectionReason.Malformed, "bad time"))],
        FailedRequests = [.. Enumerable.Range(0, failed).Select(_ => new FailedRequest("wecom", "E001", "timeout"))],
    };

    [Fact]
    public void Refusal_CleanMonth_GoesOn() =>
        Assert.Null(SyncVerdict.Refusal(Report(100, 100, 0), "c.jsonl", 0, 10, 0m));

    [Fact]
    public void Refusal_IncompleteSync_StopsWhateverTheRate() =>
        Assert.StartsWith("the sync is incomplete (1 requests failed)", SyncVerdict.Refusal(Report(100, 100, 0, failed: 1), "c.jsonl", 0, 10, 1m));

    [Fact]
    public void Refusal_NothingRead_Stops() =>
        Assert.Equal("--checkins c.jsonl: no check-ins read; nothing was posted or written.", SyncVerdict.Refusal(Report(0, 0, 0), "c.jsonl", 0, 10, 1m));

    [Fact]
    public void Refusal_EveryCheckInRejected_StopsEvenAtRateOne() =>
        Assert.Equal("--checkins c.jsonl: every one of the 3 check-ins was rejected; nothing was posted or written.",
            SyncVerdict.Refusal(Report(3, 0, 3), "c.jsonl", 0, 10, 1m));

    [Theory]
    [InlineData("0.05", true)]     // 5 of 100 = 5 %: allowed at exactly the rate
    [InlineData("0.0499", false)]
    [InlineData("0", false)]
    public void Refusal_RejectedCheckIns_ComparedExactlyWithTheRate(string rate, bool goesOn)
    {
        var refusal = SyncVerdict.Refusal(Report(100, 95, 5), "c.jsonl", 0, 10, decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(goesOn, refusal is null);
    }

    [Fact]
    public void Refusal_RejectedPayrollRecordsAboveTheRate_NamesThePayrollFile() =>
        Assert.Equal("--payroll: 1 of 4 payroll records rejected, above --max-error-rate 0.2; nothing was posted or written.",
            SyncVerdict.Refusal(Report(100, 100, 0), "c.jsonl", 1, 4, 0.2m));
}
