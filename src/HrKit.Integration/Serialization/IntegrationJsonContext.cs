using System.Text.Json.Serialization;

namespace HrKit.Integration.Serialization;

/// <summary>Source-generated serialisation for vendor wire formats and outbound payloads (no reflection at run time).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(TokenAnswer))]
[JsonSerializable(typeof(WeComCheckInQuery))]
[JsonSerializable(typeof(WeComCheckInAnswer))]
[JsonSerializable(typeof(DingTalkAttendanceQuery))]
[JsonSerializable(typeof(DingTalkAttendanceAnswer))]
[JsonSerializable(typeof(DingTalkCallbackBody))]
[JsonSerializable(typeof(DingTalkCallbackReply))]
internal sealed partial class IntegrationJsonContext : JsonSerializerContext;
