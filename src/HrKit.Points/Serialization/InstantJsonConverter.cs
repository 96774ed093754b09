using System.Text.Json;
using System.Text.Json.Serialization;
using HrKit.Points.Localization;
using NodaTime;
using NodaTime.Text;

namespace HrKit.Points.Serialization;

/// <summary>ISO-8601 instants with an offset, e.g. <c>2025-06-02T08:55:00+08:00</c> or <c>…Z</c>.</summary>
internal sealed class InstantJsonConverter : JsonConverter<Instant>
{
    private static readonly OffsetDateTimePattern Pattern = OffsetDateTimePattern.ExtendedIso;

    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString() ?? throw new LocalisedJsonException(PointsText.Of("Json.TimeNotString"));
        var result = Pattern.Parse(text);
        if (!result.Success)
        {
            throw new LocalisedJsonException(PointsText.Of("Json.NotATime", Shorten(text)));
        }

        // Year 9999 with a negative offset (or -9998 with a positive one) lies outside the instants NodaTime represents.
        var local = result.Value.LocalDateTime;
        return local.Year is > -9998 and < 9999
            ? result.Value.ToInstant()
            : throw new LocalisedJsonException(PointsText.Of("Json.TimeOutOfRange", Shorten(text)));
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";

    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) =>
        writer.WriteStringValue(InstantPattern.ExtendedIso.Format(value));
}
