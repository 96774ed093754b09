using System.Text.Json.Serialization;
using HrKit.Points.Model;
using HrKit.Points.Policies;

namespace HrKit.Points.Serialization;

/// <summary>Source-generated System.Text.Json metadata for everything HrKit.Points reads or writes.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(InstantJsonConverter)])]
[JsonSerializable(typeof(WorkflowDocument))]
[JsonSerializable(typeof(PointsEvent))]
[JsonSerializable(typeof(Posting))]
[JsonSerializable(typeof(List<Posting>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class PointsJsonContext : JsonSerializerContext
{
    private static PointsJsonContext? _indented;

    /// <summary>Same contract, indented output for people.</summary>
    public static PointsJsonContext Indented => _indented ??= new PointsJsonContext(new System.Text.Json.JsonSerializerOptions(Default.Options)
    {
        WriteIndented = true,
        // Names and comments as they are (积分, not \u79EF\u5206); not for pasting into HTML unescaped (docs/localisation.md#json).
        Encoder = HrKit.Json.TextAsWrittenJsonEncoder.Instance,
    });
}
