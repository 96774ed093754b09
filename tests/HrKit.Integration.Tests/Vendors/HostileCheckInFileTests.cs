using System.Text;
using HrKit.Integration.Model;
using HrKit.Integration.Reconciliation;
using HrKit.Integration.Sync;
using HrKit.Integration.Tests.Fakes;
using HrKit.Integration.Vendors;
using HrKit.Integration.Vendors.Files;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace HrKit.Integration.Tests.Vendors;

/// <summary>Check-in files that are too long, not UTF-8, too deep, out of range or not there.</summary>
public sealed class HostileCheckInFileTests
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private const string Valid = """{"recordId":"OK","employeeId":"E1","time":"2025-06-03T08:55:00+08:00","kind":"onDuty"}""";

    private static Task<AttendanceFetchResult> FetchAsync(byte[] content) =>
        new CheckInFileSource(() => new MemoryStream(content), Shanghai).FetchAsync(["E1"], new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30));

    private static Task<AttendanceFetchResult> FetchAsync(string content) => FetchAsync(Encoding.UTF8.GetBytes(content));

    [Fact]
    public async Task FetchAsync_LineOverMaxLineLengthThenAValidOne_RejectsTheLongLineByNumberAndReadsTheNext()
    {
        var result = await FetchAsync(new string('x', 10 * 1024 * 1024) + "\n" + Valid + "\n");

        var rejected = Assert.Single(result.Rejected);
        Assert.Equal("line 1: longer than 65536 characters; one check-in is a short JSON object.", rejected.Detail);
        Assert.Equal("OK", Assert.Single(result.Records).RecordId);
    }

    [Fact]
    public async Task FetchAsync_LineOfExactlyMaxLineLengthWithCrLf_IsReadNotRejectedForLength()
    {
        var padded = Valid.Replace("\"kind\"", "\"source\":\"" + new string('s', CheckInFileSource.MaxLineLength - Valid.Length - 12) + "\",\"kind\"", StringComparison.Ordinal);
        Assert.Equal(CheckInFileSource.MaxLineLength, padded.Length);

        var result = await FetchAsync(padded + "\r\n" + Valid + "\r\n");

        Assert.Empty(result.Rejected);
        Assert.Equal(2, result.Records.Count);
    }

    [Fact]
    public async Task FetchAsync_BytesThatAreNotUtf8_RejectsThatLineByNumber()
    {
        var content = Encoding.UTF8.GetBytes(Valid + "\n").Concat(new byte[] { (byte)'{', 0xFF, 0xFE, (byte)'}', (byte)'\n' }).Concat(Encoding.UTF8.GetBytes(Valid.Replace("OK", "OK2", StringComparison.Ordinal))).ToArray();

        var result = await FetchAsync(content);

        Assert.Equal("line 2: not valid UTF-8 (or contains U+FFFD); save the file as UTF-8.", Assert.Single(result.Rejected).Detail);
        Assert.Equal(["OK", "OK2"], result.Records.Select(r => r.RecordId));
    }

    [Fact]
    public async Task FetchAsync_DeeplyNestedJson_IsRejectedAsNotACheckInObject()
    {
        var result = await FetchAsync("{\"recordId\":" + new string('[', 5000) + new string(']', 5000) + "}\n");

        Assert.StartsWith("line 1: not a check-in object", Assert.Single(result.Rejected).Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("1969-12-31T23:59:59Z")]
    [InlineData("9999-12-31T23:59:59-18:00")]
    [InlineData("9000-01-01T00:00:00Z")]
    public async Task FetchAsync_TimeOutsideTheSupportedYears_IsRejectedNamingTheField(string time)
    {
        var result = await FetchAsync(Valid.Replace("2025-06-03T08:55:00+08:00", time, StringComparison.Ordinal));

        Assert.Equal($"line 1: time '{time}' is outside 1970-01-01..8999-12-31.", Assert.Single(result.Rejected).Detail);
    }

    [Fact]
    public async Task FetchAsync_FileInAFolderThatDoesNotExist_ThrowsFileNotFoundNamingThePath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"hrkit-missing-{Guid.NewGuid():N}", "checkins.jsonl");
        var source = new CheckInFileSource(path, Shanghai);

        var ex = await Assert.ThrowsAsync<FileNotFoundException>(() => source.FetchAsync(["E1"], new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30)));

        Assert.Equal($"Check-in file '{path}' not found: its folder does not exist.", ex.Message);
    }

    [Fact]
    public async Task AttendanceSync_CheckInFileMissing_ReportsOneFailedRequestInsteadOfThrowing()
    {
        var path = Path.Combine(Path.GetTempPath(), $"hrkit-missing-{Guid.NewGuid():N}.jsonl");
        await using var sp = IntegrationHarness.Build(_ => { }, more: s => s.AddSingleton<IAttendanceSource>(new CheckInFileSource(path, Shanghai, "turnstile")));

        var result = await sp.GetRequiredService<AttendanceSync>().RunAsync(new YearMonth(2025, 6), [new Employee("E1")]);

        var failed = Assert.Single(result.Report.FailedRequests);
        Assert.Equal(("turnstile", "1 employees 2025-05-31..2025-07-01"), (failed.Vendor, failed.Scope));
        Assert.Equal($"FileNotFoundException: Check-in file '{path}' not found.", failed.Error);
        Assert.False(result.Report.IsComplete);
    }

    [Fact]
    public async Task BoundedLineReader_TextWithoutFinalNewlineAndEmptyLines_ReadsEveryLine()
    {
        var reader = new BoundedLineReader(new StringReader("a\n\nb\r\nc"), 5);
        var lines = new List<BoundedLine>();
        while (await reader.ReadAsync(CancellationToken.None) is { } line)
        {
            lines.Add(line);
        }

        Assert.Equal([new("a", false), new("", false), new("b", false), new("c", false)], lines);
    }
}
