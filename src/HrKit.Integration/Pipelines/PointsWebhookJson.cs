using System.Text.Json.Serialization;

namespace HrKit.Integration.Pipelines;

/// <summary>
/// A signed webhook body: a points event in the docs/points-events.md format, where <c>eventId</c> defaults to the
/// delivery id, <c>type</c> to the <c>X-HrKit-Event</c> header and <c>occurredAt</c> to the time of receipt.
/// </summary>
internal sealed record SignedPointsPayload(
    string? EventId, string? EmployeeId, string? Type, string? OccurredAt, decimal? Score, int? Count, int? Minutes, int? Days, string? Subject);

/// <summary>DingTalk's <c>attendance_check_record</c> push (员工打卡事件): who checked in when, without on/off duty.</summary>
internal sealed record DingTalkCheckRecordPush(IReadOnlyList<DingTalkCheckRecordItem>? DataList);

/// <summary>One check-in of a DingTalk push; <c>checkTime</c> is in Unix milliseconds.</summary>
internal sealed record DingTalkCheckRecordItem(string? UserId, long CheckTime, string? BizId);

/// <summary>Source-generated reading of the webhook bodies the points handler understands.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(SignedPointsPayload))]
[JsonSerializable(typeof(DingTalkCheckRecordPush))]
internal sealed partial class PointsWebhookJsonContext : JsonSerializerContext;
