using System.Text.Json;

namespace HrKit.Payroll.Jurisdictions;

/// <summary>
/// A <c>jurisdictionInput</c> object as read from JSON, before the pack named by the record's <c>jurisdiction</c>
/// reads it: the reader does not know the pack, the engine does.
/// </summary>
internal sealed class JsonJurisdictionInput(JsonElement json) : JurisdictionInput
{
    /// <summary>The object, detached from the document it was read from.</summary>
    public JsonElement Json { get; } = json;

    public override void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Json.WriteTo(writer);
    }
}
