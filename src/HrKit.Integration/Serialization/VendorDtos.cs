using System.Text.Json.Serialization;

namespace HrKit.Integration.Serialization;

// Wire shapes of the vendors' documented APIs. Names follow the vendors exactly; nothing here is public API.

/// <summary>Implemented by every vendor answer: both vendors report failures as errcode/errmsg in a 200 body.</summary>
internal interface IVendorAnswer
{
    int ErrCode { get; }

    string? ErrMsg { get; }
}

internal sealed record TokenAnswer(
    [property: JsonPropertyName("errcode")] int ErrCode,
    [property: JsonPropertyName("errmsg")] string? ErrMsg,
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("expires_in")] int ExpiresIn) : IVendorAnswer;

internal sealed record WeComCheckInQuery(
    [property: JsonPropertyName("opencheckindatatype")] int OpenCheckInDataType,
    [property: JsonPropertyName("starttime")] long StartTime,
    [property: JsonPropertyName("endtime")] long EndTime,
    [property: JsonPropertyName("useridlist")] IReadOnlyList<string> UserIdList);

internal sealed record WeComCheckInAnswer(
    [property: JsonPropertyName("errcode")] int ErrCode,
    [property: JsonPropertyName("errmsg")] string? ErrMsg,
    [property: JsonPropertyName("checkindata")] IReadOnlyList<WeComCheckInData>? CheckInData) : IVendorAnswer;

internal sealed record WeComCheckInData(
    [property: JsonPropertyName("userid")] string? UserId,
    [property: JsonPropertyName("groupname")] string? GroupName,
    [property: JsonPropertyName("checkin_type")] string? CheckInType,
    [property: JsonPropertyName("exception_type")] string? ExceptionType,
    [property: JsonPropertyName("checkin_time")] long CheckInTime,
    [property: JsonPropertyName("sch_checkin_time")] long? ScheduledCheckInTime = null);

internal sealed record DingTalkAttendanceQuery(
    [property: JsonPropertyName("workDateFrom")] string WorkDateFrom,
    [property: JsonPropertyName("workDateTo")] string WorkDateTo,
    [property: JsonPropertyName("userIdList")] IReadOnlyList<string> UserIdList,
    [property: JsonPropertyName("offset")] int Offset,
    [property: JsonPropertyName("limit")] int Limit,
    [property: JsonPropertyName("isI18n")] bool IsI18n = false);

internal sealed record DingTalkAttendanceAnswer(
    [property: JsonPropertyName("errcode")] int ErrCode,
    [property: JsonPropertyName("errmsg")] string? ErrMsg,
    [property: JsonPropertyName("hasMore")] bool HasMore,
    [property: JsonPropertyName("recordresult")] IReadOnlyList<DingTalkRecord>? RecordResult) : IVendorAnswer;

internal sealed record DingTalkRecord(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("userId")] string? UserId,
    [property: JsonPropertyName("checkType")] string? CheckType,
    [property: JsonPropertyName("timeResult")] string? TimeResult,
    [property: JsonPropertyName("userCheckTime")] long UserCheckTime,
    [property: JsonPropertyName("workDate")] long WorkDate,
    [property: JsonPropertyName("baseCheckTime")] long? BaseCheckTime = null,
    [property: JsonPropertyName("sourceType")] string? SourceType = null);

internal sealed record DingTalkCallbackBody([property: JsonPropertyName("encrypt")] string? Encrypt);

internal sealed record DingTalkCallbackReply(
    [property: JsonPropertyName("msg_signature")] string MsgSignature,
    [property: JsonPropertyName("timeStamp")] string TimeStamp,
    [property: JsonPropertyName("nonce")] string Nonce,
    [property: JsonPropertyName("encrypt")] string Encrypt);
