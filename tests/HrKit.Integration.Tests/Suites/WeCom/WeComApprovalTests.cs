using HrKit.Integration.Reconciliation;
using HrKit.Integration.Suites.Approvals;
using HrKit.Integration.Tests.Fakes.Suites;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace HrKit.Integration.Tests.Suites.WeCom;

public sealed class WeComApprovalTests : IAsyncLifetime
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private FakeWeComSuiteServer _fake = null!;
    private FakeSuiteCompany _acme = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeWeComSuiteServer.StartAsync();
        _acme = _fake.AddCompany("wwacme", "Acme");
        _acme.AddUser("zhangsan", "张三");
    }

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    private static long Unix(int month, int day, int hour, int minute = 0) =>
        new LocalDateTime(2026, month, day, hour, minute).InZoneStrictly(Shanghai).ToInstant().ToUnixTimeSeconds();

    [Fact]
    public async Task ReadAsync_FortyDaysOfLeaveAndOvertime_Reads31DayWindowsPageByPageAndMapsEveryStatus()
    {
        // Half-day leave: 12 Oct morning to 13 Oct afternoon is 1.5 days (new_duration 129 600 s at 86 400 s a day).
        _acme.Approvals["L1"] = new("L1", "zhangsan", true, "2", Unix(10, 12, 0), Unix(10, 13, 12), "halfday", 129_600, Unix(10, 10, 10), "年假");
        _acme.Approvals["L2"] = new("L2", "zhangsan", true, "3", Unix(10, 20, 9), Unix(10, 20, 11, 30), "hour", 9_000, Unix(10, 19, 9), "事假");
        _acme.Approvals["O1"] = new("O1", "zhangsan", false, "2", Unix(10, 24, 19), Unix(10, 24, 21), "hour", 7_200, Unix(10, 25, 8));
        _acme.Approvals["O2"] = new("O2", "zhangsan", false, "6", Unix(9, 26, 19), Unix(9, 26, 20), "hour", 3_600, Unix(9, 25, 8));
        _acme.Approvals["L3"] = new("L3", "zhangsan", true, "1", Unix(9, 24, 0), Unix(9, 24, 0), "halfday", 43_200, Unix(9, 23, 8));
        _acme.Approvals["L9"] = new("L9", "zhangsan", true, "2", Unix(9, 24, 0), Unix(9, 24, 0), "minute", 60, Unix(9, 23, 9));
        _acme.Approvals["OUT"] = new("OUT", "zhangsan", true, "2", Unix(11, 2, 0), Unix(11, 2, 0), "halfday", 43_200, Unix(11, 1, 9));
        _fake.ApprovalPageSize = 2;
        await using var sp = SuiteHarness.Build(_fake);
        await SuiteHarness.AuthoriseWeComAsync(sp, _fake, _acme);

        var items = await sp.GetRequiredService<ApprovalReader>()
            .ReadAsync(SuiteHarness.WeComRef(_acme), new ApprovalQuery(new LocalDate(2026, 9, 22), new LocalDate(2026, 10, 31))).ToListAsync();

        Assert.Empty(_fake.Violations);
        // 22 Sep – 31 Oct is 40 days: 22 Sep – 22 Oct (31 days), then 23 – 31 Oct.
        Assert.Equal(
            [(Unix(9, 22, 0), Unix(10, 23, 0) - 1), (Unix(10, 23, 0), Unix(11, 1, 0) - 1)],
            _fake.ApprovalWindows.Items.Distinct().Order());
        var requests = items.Where(i => i.Request is not null).Select(i => i.Request!).ToDictionary(r => r.RequestId);
        Assert.Equal(["L1", "L2", "L3", "O1", "O2"], requests.Keys.Order());
        Assert.Equal((ApprovalKind.Leave, ApprovalStatus.Approved, "年假", 1.5m, ApprovalDurationUnit.Days),
            (requests["L1"].Kind, requests["L1"].Status, requests["L1"].LeaveType, requests["L1"].Duration, requests["L1"].Unit));
        Assert.Equal((new LocalDateTime(2026, 10, 12, 0, 0), new LocalDateTime(2026, 10, 13, 12, 0)), (requests["L1"].Start, requests["L1"].End));
        Assert.Equal((ApprovalStatus.Rejected, 2.5m, ApprovalDurationUnit.Hours), (requests["L2"].Status, requests["L2"].Duration, requests["L2"].Unit));
        Assert.Equal((ApprovalKind.Overtime, ApprovalStatus.Approved, (string?)null, 2m), (requests["O1"].Kind, requests["O1"].Status, requests["O1"].LeaveType, requests["O1"].Duration));
        Assert.Equal(ApprovalStatus.Withdrawn, requests["O2"].Status);
        Assert.Equal((ApprovalStatus.Pending, 0.5m), (requests["L3"].Status, requests["L3"].Duration));
        var rejected = Assert.Single(items, i => i.Rejected is not null).Rejected!;
        Assert.Equal(("L9", RejectionReason.Malformed), (rejected.RecordId, rejected.Reason));
        Assert.Contains("'minute'", rejected.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_CompanyCancelsDuringTheRead_EndsWithAFailedItemAfterWhatWasRead()
    {
        for (var i = 0; i < 6; i++)
        {
            _acme.Approvals[$"A{i}"] = new($"A{i}", "zhangsan", true, "2", Unix(10, 5, 0), Unix(10, 5, 12), "halfday", 43_200, Unix(10, 4, 9));
        }

        await using var sp = SuiteHarness.Build(_fake);
        await SuiteHarness.AuthoriseWeComAsync(sp, _fake, _acme);
        // The listing and the first batch of four details answer (requests 1–5); then the company removes the app.
        _acme.CancelAfterRequests = 5;

        var items = await sp.GetRequiredService<ApprovalReader>()
            .ReadAsync(SuiteHarness.WeComRef(_acme), new ApprovalQuery(new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 31))).ToListAsync();

        Assert.Equal(4, items.Count(i => i.Request is not null));
        Assert.Contains("cancelled its authorisation", items[^1].Failed!.Error, StringComparison.Ordinal);
        Assert.All(items.Where(i => i.Failed is not null), f => Assert.Equal("wecom", f.Failed!.Vendor));
    }
}
