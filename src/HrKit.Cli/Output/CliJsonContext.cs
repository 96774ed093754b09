using System.Text.Json.Serialization;
using HrKit.Cli.Output.Contributions;

namespace HrKit.Cli.Output;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RejectionJson))]
[JsonSerializable(typeof(List<EventRejection>))]
[JsonSerializable(typeof(ContributionLookupJson))]
[JsonSerializable(typeof(CoverageReportJson))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
