using System.Text.Json.Serialization;

namespace HrKit.Integration.Serialization;

// Wire shapes of the vendors' documented third-party app, contacts and approval APIs. Names follow the vendors exactly.

internal sealed record SuiteTokenAnswer(
    [property: JsonPropertyName("errcode")] int ErrCode,
    [property: JsonPropertyName("errmsg")] string? ErrMsg,
    [property: JsonPropertyName("suite_access_token")] string? SuiteAccessToken,
    [property: JsonPropertyName("expires_in")] int ExpiresIn) : IVendorAnswer;

internal sealed record PlainAnswer(
    [property: JsonPropertyName("errcode")] int ErrCode,
    [property: JsonPropertyName("errmsg")] string? ErrMsg) : IVendorAnswer;

internal sealed record AuthCorpInfo(
    [property: JsonPropertyName("corpid")] string? CorpId,
    [property: JsonPropertyName("corp_name")] string? CorpName);

internal sealed record PermanentCodeAnswer(
    [property: JsonPropertyName("errcode")] int ErrCode,
    [property: JsonPropertyName("errmsg")] string? ErrMsg,
    [property: JsonPropertyName("permanent_code")] string? PermanentCode,
    [property: JsonPropertyName("auth_corp_info")] AuthCorpInfo? AuthCorpInfo) : IVendorAnswer;

internal sealed record WeComSuiteTokenQuery(
    [property: JsonPropertyName("suite_id")] string SuiteId,
    [property: JsonPropertyName("suite_secret")] string SuiteSecret,
    [property: JsonPropertyName("suite_ticket")] string SuiteTicket);

internal sealed record WeComPermanentCodeQuery([property: JsonPropertyName("auth_code")] string AuthCode);

internal sealed record WeComCorpTokenQuery(
    [property: JsonPropertyName("auth_corpid")] string AuthCorpId,
    [property: JsonPropertyName("permanent_code")] string PermanentCode);

internal sealed record WeComDepartment(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("parentid")] long ParentId);

internal sealed record WeComDepartmentListAnswer(
    [property: JsonPropertyName("errcode")] int ErrCode,
    [property: JsonPropertyName("errmsg")] string? ErrMsg,
    [property: JsonPropertyName("department")] IReadOnlyList<WeComDepartment?>? Department) : IVendorAnswer;

internal sealed record WeComUser(
    [property: JsonPropertyName("userid")] string? UserId,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("department")] IReadOnlyList<long>? Department,
    [property: JsonPropertyName("status")] int Status);

internal sealed record WeComUserListAnswer(
    [property: JsonPropertyName("errcode")] int ErrCode,
    [property: JsonPropertyName("errmsg")] string? ErrMsg,
    [property: JsonPropertyName("userlist")] IReadOnlyList<WeComUser?>? UserList) : IVendorAnswer;

internal sealed record WeComUserAnswer(
    [property: JsonPropertyName("errcode")] int ErrCode,
    [property: JsonPropertyName("errmsg")] string? ErrMsg,
    [property: JsonPropertyName("userid")] string? UserId,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("department")] IReadOnlyList<long>? Department,
    [property: JsonPropertyName("status")] int Status) : IVendorAnswer;

internal sealed record WeComApprovalFilter(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("value")] string Value);

internal sealed record WeComApprovalInfoQuery(
    [property: JsonPropertyName("starttime")] string StartTime,
    [property: JsonPropertyName("endtime")] string EndTime,
    [property: JsonPropertyName("new_cursor")] string NewCursor,
    [property: JsonPropertyName("size")] int Size,
    [property: JsonPropertyName("filters")] IReadOnlyList<WeComApprovalFilter> Filters);

internal sealed record WeComApprovalInfoAnswer(
    [property: JsonPropertyName("errcode")] int ErrCode,
    [property: JsonPropertyName("errmsg")] string? ErrMsg,
    [property: JsonPropertyName("sp_no_list")] IReadOnlyList<string?>? SpNoList,
    [property: JsonPropertyName("new_next_cursor")] string? NewNextCursor) : IVendorAnswer;

internal sealed record WeComApprovalDetailQuery([property: JsonPropertyName("sp_no")] string SpNo);

internal sealed record WeComApprovalDetailAnswer(
    [property: JsonPropertyName("errcode")] int ErrCode,
    [property: JsonPropertyName("errmsg")] string? ErrMsg,
    [property: JsonPropertyName("info")] WeComApprovalInfo? Info) : IVendorAnswer;

internal sealed record WeComApprovalInfo(
    [property: JsonPropertyName("sp_no")] string? SpNo,
    [property: JsonPropertyName("sp_name")] string? SpName,
    [property: JsonPropertyName("sp_status")] int SpStatus,
    [property: JsonPropertyName("apply_time")] long ApplyTime,
    [property: JsonPropertyName("applyer")] WeComApplyer? Applyer,
    [property: JsonPropertyName("apply_data")] WeComApplyData? ApplyData);

internal sealed record WeComApplyer([property: JsonPropertyName("userid")] string? UserId);

internal sealed record WeComApplyData([property: JsonPropertyName("contents")] IReadOnlyList<WeComApplyContent?>? Contents);

internal sealed record WeComApplyContent(
    [property: JsonPropertyName("control")] string? Control,
    [property: JsonPropertyName("value")] WeComApplyValue? Value);

internal sealed record WeComApplyValue(
    [property: JsonPropertyName("vacation")] WeComVacation? Vacation,
    [property: JsonPropertyName("attendance")] WeComAttendance? Attendance);

internal sealed record WeComVacation(
    [property: JsonPropertyName("selector")] WeComSelector? Selector,
    [property: JsonPropertyName("attendance")] WeComAttendance? Attendance);

internal sealed record WeComSelector([property: JsonPropertyName("options")] IReadOnlyList<WeComSelectorOption?>? Options);

internal sealed record WeComSelectorOption(
    [property: JsonPropertyName("key")] string? Key,
    [property: JsonPropertyName("value")] IReadOnlyList<WeComText?>? Value);

internal sealed record WeComText([property: JsonPropertyName("text")] string? Text);

internal sealed record WeComAttendance(
    [property: JsonPropertyName("date_range")] WeComDateRange? DateRange,
    [property: JsonPropertyName("type")] int Type);

internal sealed record WeComDateRange(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("new_begin")] long NewBegin,
    [property: JsonPropertyName("new_end")] long NewEnd,
    [property: JsonPropertyName("new_duration")] long NewDuration);
