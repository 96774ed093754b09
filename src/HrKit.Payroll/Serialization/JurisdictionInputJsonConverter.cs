using HrKit.Payroll.Localization;
using System.Text.Json;
using System.Text.Json.Serialization;
using HrKit.Payroll.Jurisdictions;

namespace HrKit.Payroll.Serialization;

/// <summary>
/// Keeps a record's <c>jurisdictionInput</c> object as JSON: which pack reads it depends on the record's
/// <c>jurisdiction</c> and on the engine's registry, neither known to the reader. The engine hands it to the pack.
/// </summary>
internal sealed class JurisdictionInputJsonConverter : JsonConverter<JurisdictionInput>
{
    public override JurisdictionInput? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new LocalisedJsonException(new LocalText("Error.Json.JurisdictionInputNotObject"));
        }

        return new JsonJurisdictionInput(JsonElement.ParseValue(ref reader));
    }

    public override void Write(Utf8JsonWriter writer, JurisdictionInput value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        value.WriteTo(writer);
    }
}
