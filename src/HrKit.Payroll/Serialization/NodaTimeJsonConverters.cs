using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace HrKit.Payroll.Serialization;

/// <summary>ISO <c>yyyy-MM</c> for <see cref="YearMonth"/>; a bad value names itself in the error.</summary>
public sealed class YearMonthJsonConverter : JsonConverter<YearMonth>
{
    /// <inheritdoc />
    public override YearMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : throw new JsonException("A month must be a string in yyyy-MM form.");
        var result = YearMonthPattern.Iso.Parse(text ?? "");
        return result.Success ? result.Value : throw new JsonException($"'{text}' is not a month in yyyy-MM form.");
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
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : throw new JsonException("A date must be a string in yyyy-MM-dd form.");
        var result = LocalDatePattern.Iso.Parse(text ?? "");
        return result.Success ? result.Value : throw new JsonException($"'{text}' is not a date in yyyy-MM-dd form.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
    }
}
