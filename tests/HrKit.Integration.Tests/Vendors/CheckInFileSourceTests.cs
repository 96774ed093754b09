using HrKit.Integration.Model;
using HrKit.Integration.Reconciliation;
using HrKit.Integration.Vendors.Files;
using NodaTime;

namespace HrKit.Integration.Tests.Vendors;

public sealed class CheckInFileSourceTests : IDisposable
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"hrkit-checkins-{Guid.NewGuid():N}.jsonl");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public async Task FetchAsync_MixedFile_ReturnsValidCheckInsInRangeAndRejectsEveryBadLineByNumber()
    {
        await File.WriteAllLinesAsync(_path,
        [
            """{"recordId":"T1","employeeId":"E1","time":"2025-06-03T08:55:00+08:00","kind":"onDuty"}""",
            """{"source":"turnstile","recordId":"T2","employeeId":"E1","time":"2025-06-03T10:05:00Z","kind":"offDuty","outcome":"early"}""",
            "",
            // 23:30 UTC on 31 May is 07:30 on 1 June in Shanghai: inside a range that starts on 1 June.
            """{"recordId":"T3","employeeId":"E2","time":"2025-05-31T23:30:00Z","kind":"onDuty"}""",
            // Local 30 June 23:59 is outside a range ending on 29 June.
            """{"recordId":"T4","employeeId":"E2","time":"2025-06-30T23:59:00+08:00","kind":"offDuty"}""",
            """{"recordId":"T5","employeeId":"E1","time":"2025-06-03 08:55","kind":"onDuty"}""",
            """{"recordId":"T6","employeeId":"E1","time":"2025-06-03T08:55:00+08:00","kind":"lunch"}""",
            """{"employeeId":"E1","time":"2025-06-03T08:55:00+08:00","kind":"onDuty"}""",
            """{"recordId":"T8","employeeId":"E1","time":"2025-06-03T08:55:00+08:00","kind":"onDuty","badge":7}""",
            """{"recordId":"T9","time":"2025-06-03T08:55:00+08:00","kind":"onDuty"}""",
            "not json",
            // An employee the sync did not ask for is returned, so the sync can report it as unknown.
            """{"recordId":"T12","employeeId":"X9","time":"2025-06-04T09:00:00+08:00","kind":"onDuty","outcome":"late"}""",
        ]);
        var source = new CheckInFileSource(_path, Shanghai);

        var result = await source.FetchAsync(["E1", "E2"], new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 29));

        Assert.Equal(["T1", "T2", "T3", "T12"], result.Records.Select(r => r.RecordId));
        Assert.Equal(new CheckInRecord("file", "T1", "E1", Instant.FromUtc(2025, 6, 3, 0, 55), CheckInKind.OnDuty), result.Records[0]);
        Assert.Equal(("turnstile", CheckInKind.OffDuty, CheckInOutcome.Early), (result.Records[1].Source, result.Records[1].Kind, result.Records[1].Outcome));
        Assert.Equal(CheckInOutcome.Late, result.Records[3].Outcome);

        Assert.Equal(6, result.Rejected.Count);
        Assert.Collection(result.Rejected,
            r => Assert.StartsWith("line 6: time '2025-06-03 08:55' must be an ISO 8601", r.Detail, StringComparison.Ordinal),
            r => Assert.StartsWith("line 7: kind 'lunch' must be onDuty", r.Detail, StringComparison.Ordinal),
            r => Assert.StartsWith("line 8: recordId is required", r.Detail, StringComparison.Ordinal),
            r => Assert.Contains("badge", r.Detail, StringComparison.Ordinal),
            r => Assert.Equal((RejectionReason.MissingEmployeeId, "T9"), (r.Reason, r.RecordId)),
            r => Assert.StartsWith("line 11: not a check-in object", r.Detail, StringComparison.Ordinal));
        Assert.Empty(result.FailedRequests);
    }

    [Fact]
    public async Task FetchAsync_MissingFile_ThrowsNamingThePath()
    {
        var source = new CheckInFileSource(_path, Shanghai);

        var ex = await Assert.ThrowsAsync<FileNotFoundException>(() => source.FetchAsync(["E1"], new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30)));

        Assert.Contains(_path, ex.Message, StringComparison.Ordinal);
    }
}
