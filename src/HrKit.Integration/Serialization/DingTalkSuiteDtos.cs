using System.Text.Json.Serialization;

namespace HrKit.Integration.Serialization;

// Wire shapes of DingTalk's documented ISV (service/*), contacts (topapi/v2/*) and approval (processinstance) APIs.

internal sealed record DingTalkSuiteTokenQuery(
    [property: JsonPropertyName("suite_key")] string SuiteKey,
    [property: JsonPropertyName("suite_secret")] string SuiteSecret,
    [property: JsonPropertyName("suite_ticket")] string SuiteTicket);

internal sealed record DingTalkPermanentCodeQuery([property: JsonPropertyName("tmp_auth_code")] string TmpAuthCode);

internal sealed record DingTalkActivateSuiteQuery(
    [property: JsonPropertyName("suite_key")] string SuiteKey,
    [property: JsonPropertyName("auth_corpid")] string AuthCorpId,
    [property: JsonPropertyName("permanent_code")] string PermanentCode);

internal sealed record DingTalkCorpTokenQuery([property: JsonPropertyName("auth_corpid")] string AuthCorpId);

internal sealed record DingTalkDeptQuery([property: JsonPropertyName("dept_id")] long DeptId);

internal sealed record DingTalkDept(
    [property: JsonPropertyName("dept_id")] long DeptId,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("parent_id")] long ParentId);

internal sealed record DingTalkDeptListAnswer(
    [property: JsonPropertyName("errcode")] int ErrCode,
    [property: JsonPropertyName("errmsg")] string? ErrMsg,
    [property: JsonPropertyName("result")] IReadOnlyList<DingTalkDept?>? Result) : IVendorAnswer;

internal sealed record DingTalkUserListQuery(
    [property: JsonPropertyName("dept_id")] long DeptId,
    [property: JsonPropertyName("cursor")] long Cursor,
    [property: JsonPropertyName("size")] int Size);

internal sealed record DingTalkUser(
    [property: JsonPropertyName("userid")] string? UserId,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("dept_id_list")] IReadOnlyList<long>? DeptIdList,
    [property: JsonPropertyName("hired_date")] long? HiredDate,
    [property: JsonPropertyName("active")] bool? Active);

internal sealed record DingTalkUserPage(
    [property: JsonPropertyName("has_more")] bool HasMore,
    [property: JsonPropertyName("next_cursor")] long? NextCursor,
    [property: JsonPropertyName("list")] IReadOnlyList<DingTalkUser?>? List);

internal sealed record DingTalkUserListAnswer(
    [property: JsonPropertyName("errcode")] int ErrCode,
    [property: JsonPropertyName("errmsg")] string? ErrMsg,
    [property: JsonPropertyName("result")] DingTalkUserPage? Result) : IVendorAnswer;

internal sealed record DingTalkUserGetQuery([property: JsonPropertyName("userid")] string UserId);

internal sealed record DingTalkUserGetAnswer(
    [property: JsonPropertyName("errcode")] int ErrCode,
    [property: JsonPropertyName("errmsg")] string? ErrMsg,
    [property: JsonPropertyName("result")] DingTalkUser? Result) : IVendorAnswer;

internal sealed record DingTalkListIdsQuery(
    [property: JsonPropertyName("process_code")] string ProcessCode,
    [property: JsonPropertyName("start_time")] long StartTime,
    [property: JsonPropertyName("end_time")] long EndTime,
    [property: JsonPropertyName("size")] int Size,
    [property: JsonPropertyName("cursor")] long Cursor);

internal sealed record DingTalkIdPage(
    [property: JsonPropertyName("list")] IReadOnlyList<string?>? List,
    [property: JsonPropertyName("next_cursor")] long? NextCursor);

internal sealed record DingTalkListIdsAnswer(
    [property: JsonPropertyName("errcode")] int ErrCode,
    [property: JsonPropertyName("errmsg")] string? ErrMsg,
    [property: JsonPropertyName("result")] DingTalkIdPage? Result) : IVendorAnswer;

internal sealed record DingTalkInstanceQuery([property: JsonPropertyName("process_instance_id")] string ProcessInstanceId);

internal sealed record DingTalkFormValue(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("value")] string? Value,
    [property: JsonPropertyName("component_type")] string? ComponentType);

internal sealed record DingTalkInstance(
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("create_time")] string? CreateTime,
    [property: JsonPropertyName("finish_time")] string? FinishTime,
    [property: JsonPropertyName("originator_userid")] string? OriginatorUserId,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("result")] string? Result,
    [property: JsonPropertyName("form_component_values")] IReadOnlyList<DingTalkFormValue?>? FormComponentValues);

internal sealed record DingTalkInstanceAnswer(
    [property: JsonPropertyName("errcode")] int ErrCode,
    [property: JsonPropertyName("errmsg")] string? ErrMsg,
    [property: JsonPropertyName("process_instance")] DingTalkInstance? ProcessInstance) : IVendorAnswer;
