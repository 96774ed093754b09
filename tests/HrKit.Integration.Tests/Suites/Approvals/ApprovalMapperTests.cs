using HrKit.Integration.Reconciliation;
using HrKit.Integration.Serialization;
using HrKit.Integration.Suites;
using HrKit.Integration.Suites.Approvals;
using HrKit.Integration.Suites.DingTalk;
using HrKit.Integration.Suites.WeCom;
using NodaTime;

namespace HrKit.Integration.Tests.Suites.Approvals;

/// <summary>Vendor answers mapped by hand: the expected values are read off the vendors' documented field meanings.</summary>
public sealed class ApprovalMapperTests
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly CompanyRef WeComCorp = new(SuiteVendor.WeCom, "wwacme");
    private static readonly CompanyRef DingCorp = new(SuiteVendor.DingTalk, "dingacme");

    private static WeComApprovalInfo WeComLeave(int status, string rangeType, long begin, long end, long duration) => new(
        "S1", "请假", status, 1_760_000_000, new WeComApplyer("zhangsan"),
        new WeComApplyData([new WeComApplyContent("Vacation", new WeComApplyValue(
            new WeComVacation(new WeComSelector([new WeComSelectorOption("1", [new WeComText("病假")])]),
                new WeComAttendance(new WeComDateRange(rangeType, begin, end, duration), 1)), null))]));

    [Fact]
    public void MapWeCom_HalfDayAfternoon_IsHalfADayFromNoon()
    {
        // 2026-10-12 12:00 in Shanghai is 04:00 UTC: Unix 1 791 777 600.
        var noon = Instant.FromUtc(2026, 10, 12, 4, 0).ToUnixTimeSeconds();

        var request = WeComApprovalMapper.Map(WeComCorp, "S1", WeComLeave(2, "halfday", noon, noon, 43_200), Shanghai).Value!;

        Assert.Equal((0.5m, ApprovalDurationUnit.Days, "病假"), (request.Duration, request.Unit, request.LeaveType));
        Assert.Equal(new LocalDateTime(2026, 10, 12, 12, 0), request.Start);
    }

    [Theory]
    [InlineData(5, "sp_status 5")]
    [InlineData(2, "new_end")]
    public void MapWeCom_UnknownStatusOrEndBeforeBegin_IsRejectedAsMalformedNamingTheField(int status, string field)
    {
        var end = status == 2 ? 1_760_000_000L : 1_760_003_600L;

        var parsed = WeComApprovalMapper.Map(WeComCorp, "S1", WeComLeave(status, "hour", 1_760_003_600, end, 3_600), Shanghai);

        Assert.Equal(RejectionReason.Malformed, parsed.Rejected!.Reason);
        Assert.Contains(field, parsed.Rejected.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void MapWeCom_NoApplyer_IsRejectedAsMissingEmployee()
    {
        var info = WeComLeave(2, "hour", 1, 2, 3_600) with { Applyer = null };

        Assert.Equal(RejectionReason.MissingEmployeeId, WeComApprovalMapper.Map(WeComCorp, "S1", info, Shanghai).Rejected!.Reason);
    }

    [Fact]
    public void MapDingTalk_HalfDaysWrittenAsMorningAndAfternoon_StartAtMidnightAndEndAtNoon()
    {
        var instance = new DingTalkInstance("t", "2026-10-10 09:15:00", null, "boss", "COMPLETED", "agree",
            [new DingTalkFormValue("[\"开始时间\",\"结束时间\"]", "[\"2026-10-12 上午\",\"2026-10-13 下午\",2,\"halfDay\",\"年假\"]", "DDHolidayField")]);

        var request = DingTalkApprovalMapper.Map(DingCorp, "P1", instance, null, Shanghai).Value!;

        Assert.Equal((new LocalDateTime(2026, 10, 12, 0, 0), new LocalDateTime(2026, 10, 13, 12, 0)), (request.Start, request.End));
        Assert.Equal((ApprovalKind.Leave, 2m, ApprovalDurationUnit.Days, "年假"), (request.Kind, request.Duration, request.Unit, request.LeaveType));
        Assert.Equal(Instant.FromUtc(2026, 10, 10, 1, 15), request.AppliedAt);
    }

    [Theory]
    [InlineData("not json", "not a JSON array")]
    [InlineData("[\"2026-10-12 09:00\",\"2026-10-12 18:00\",-1,\"hour\"]", "duration '-1'")]
    [InlineData("[\"2026-10-12 09:00\",\"2026-10-12 18:00\",8,\"week\"]", "unit 'week'")]
    [InlineData("[\"yesterday\",\"2026-10-12 18:00\",8,\"hour\"]", "is not a time range")]
    public void MapDingTalk_BadFormValue_IsRejectedWithTheReason(string value, string reason)
    {
        var instance = new DingTalkInstance("t", "2026-10-10 09:15:00", null, "boss", "RUNNING", null,
            [new DingTalkFormValue("加班", value, "DDDateRangeField")]);

        var parsed = DingTalkApprovalMapper.Map(DingCorp, "P1", instance, ApprovalKind.Overtime, Shanghai);

        Assert.Equal(RejectionReason.Malformed, parsed.Rejected!.Reason);
        Assert.Contains(reason, parsed.Rejected.Detail, StringComparison.Ordinal);
    }
}
