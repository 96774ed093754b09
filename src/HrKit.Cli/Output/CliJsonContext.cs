using System.Text.Json.Serialization;

namespace HrKit.Cli.Output;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RejectionJson))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
