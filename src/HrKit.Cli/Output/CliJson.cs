using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace HrKit.Cli.Output;

/// <summary>A small JSON document for people and scripts: indented, Chinese names written as they are rather than as \u escapes.</summary>
internal static class CliJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = HrKit.Json.TextAsWrittenJsonEncoder.Instance };

    public static void Write<T>(TextWriter writer, T value, JsonTypeInfo<T> type)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            JsonSerializer.Serialize(json, value, type);
        }

        writer.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
