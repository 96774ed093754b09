using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace HrKit.Points.Serialization;

/// <summary>ISO-8601 instants with an offset, e.g. <c>2025-06-02T08:55:00+08:00</c> or <c>…Z</c>.</summary>
internal sealed class InstantJsonConverter : JsonConverter<Instant>
{
    private static readonly OffsetDateTimePattern Pattern = OffsetDateTimePattern.ExtendedIso;

    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString() ?? throw new JsonException("expected an ISO-8601 time such as 2025-06-02T08:55:00+08:00.");
        var result = Pattern.Parse(text);
        if (!result.Success)
        {
            throw new JsonException($"'{Shorten(text)}' is not an ISO-8601 time with an offset, such as 2025-06-02T08:55:00+08:00 or 2025-06-02T00:55:00Z.");
        }

        // Year 9999 with a negative offset (or -9998 with a positive one) lies outside the instants NodaTime represents.
        var local = result.Value.LocalDateTime;
        return local.Year is > -9998 and < 9999
            ? result.Value.ToInstant()
            : throw new JsonException($"'{text}' is outside the times an event may have (see PointsBounds.EventTimes).");
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";

    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) =>
        writer.WriteStringValue(InstantPattern.ExtendedIso.Format(value));
}
