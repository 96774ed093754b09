using HrKit.Integration;
using HrKit.Integration.Model;
using HrKit.Integration.Reconciliation;
using HrKit.Integration.Serialization;
using HrKit.Integration.Vendors;
using HrKit.Integration.Vendors.WeCom;
using NodaTime;

namespace HrKit.Integration.Tests.Vendors;

public sealed class WeComCheckInMapperTests
{
    private static readonly VendorUserMap Identity = new(new WeComOptions());

    [Theory]
    [InlineData("上班打卡", "", CheckInKind.OnDuty, CheckInOutcome.Normal)]
    [InlineData("上班打卡", "时间异常", CheckInKind.OnDuty, CheckInOutcome.Late)]
    [InlineData("下班打卡", "时间异常;地点异常", CheckInKind.OffDuty, CheckInOutcome.Early)]
    [InlineData("下班打卡", "未打卡", CheckInKind.OffDuty, CheckInOutcome.NotSigned)]
    [InlineData("外出打卡", "地点异常", CheckInKind.Outside, CheckInOutcome.Anomaly)]
    public void Map_DocumentedTypes_GiveKindAndOutcome(string type, string exception, CheckInKind kind, CheckInOutcome outcome)
    {
        var mapped = WeComCheckInMapper.Map(new WeComCheckInData("james", "打卡一组", type, exception, 1492617610), Identity);

        Assert.Equal(kind, mapped.Record!.Kind);
        Assert.Equal(outcome, mapped.Record.Outcome);
        Assert.Equal(Instant.FromUnixTimeSeconds(1492617610), mapped.Record.Time);
    }

    [Fact]
    public void Map_UnknownType_IsRejectedAsMalformed()
    {
        var mapped = WeComCheckInMapper.Map(new WeComCheckInData("james", null, "补卡", "", 1492617610), Identity);

        Assert.Equal(RejectionReason.Malformed, mapped.Rejected!.Reason);
    }

    [Fact]
    public void Map_UserMissingFromConfiguredMap_IsRejectedAsUnmapped()
    {
        var options = new WeComOptions();
        options.UserIdMap["paul"] = "E002";

        var mapped = WeComCheckInMapper.Map(new WeComCheckInData("james", null, "上班打卡", "", 1492617610), new VendorUserMap(options));

        Assert.Equal(RejectionReason.UnmappedUser, mapped.Rejected!.Reason);
    }
}
