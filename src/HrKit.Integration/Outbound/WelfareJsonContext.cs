using System.Text.Json.Serialization;

namespace HrKit.Integration.Outbound;

/// <summary>Source-generated serialisation of the welfare provider's camelCase wire format.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(WelfareRedemptionBody))]
[JsonSerializable(typeof(WelfareCancellationBody))]
[JsonSerializable(typeof(WelfareAnswer))]
internal sealed partial class WelfareJsonContext : JsonSerializerContext;
