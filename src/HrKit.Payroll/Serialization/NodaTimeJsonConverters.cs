using System.Text.Json;
using System.Text.Json.Serialization;
using HrKit.Payroll.Localization;
using NodaTime;
using NodaTime.Text;

namespace HrKit.Payroll.Serialization;

/// <summary>ISO <c>yyyy-MM</c> for <see cref="YearMonth"/>; a bad value names itself in the error (a <see cref="JsonException"/> in English, shown in the reader's language by HrKit.Payroll's readers).</summary>
public sealed class YearMonthJsonConverter : JsonConverter<YearMonth>
{
    /// <inheritdoc />
    public override YearMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : throw new LocalisedJsonException(new LocalText("Error.Json.MonthNotString"));
        var result = YearMonthPattern.Iso.Parse(text ?? "");
        return result.Success ? result.Value : throw new LocalisedJsonException(new LocalText("Error.Json.NotAMonth", text));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(YearMonthPattern.Iso.Format(value));
    }
}

/// <summary>ISO <c>yyyy-MM-dd</c> for <see cref="LocalDate"/>.</summary>
public sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    /// <inheritdoc />
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : throw new LocalisedJsonException(new LocalText("Error.Json.DateNotString"));
        var result = LocalDatePattern.Iso.Parse(text ?? "");
        return result.Success ? result.Value : throw new LocalisedJsonException(new LocalText("Error.Json.NotADate", text));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
    }
}
