using System.Text.Json.Serialization;

namespace HrKit.Cli.Output;

[JsonSerializable(typeof(string))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
