using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using HrKit.Json;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;

namespace HrKit.Payroll.Serialization;

/// <summary>
/// Incremental writers: one value at a time into a <see cref="Utf8JsonWriter"/> flushed to the stream whenever a
/// chunk is pending, so output memory stays bounded by one chunk and the async forms never write synchronously.
/// </summary>
internal static class PayrollJsonWriters
{
    private const int FlushThreshold = 32 * 1024;

    /// <summary>Text as it is, in UTF-8 (张伟, not \u5F20\u4F1F); see <see cref="TextAsWrittenJsonEncoder"/> for the HTML trade-off.</summary>
    public static readonly JavaScriptEncoder Encoder = TextAsWrittenJsonEncoder.Instance;

    public static JsonWriterOptions WriterOptions(bool indented) => new() { Indented = indented, Encoder = Encoder };
    private static readonly byte[] Newline = "\n"u8.ToArray();

    public static async Task WriteAsync<T>(Stream stream, IAsyncEnumerable<T> items, Action<Utf8JsonWriter, T> write,
        bool jsonLines, bool indented, CancellationToken cancellationToken)
    {
        // The writer fills a buffer, never the stream: JsonSerializer flushes its writer synchronously after each value,
        // which on an ASP.NET Core body would need AllowSynchronousIO. The buffer goes to the stream with WriteAsync.
        var buffer = new ArrayBufferWriter<byte>(FlushThreshold * 2);
        using var writer = new Utf8JsonWriter(buffer, WriterOptions(indented && !jsonLines));
        if (!jsonLines)
        {
            writer.WriteStartArray();
        }

        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            write(writer, item);
            if (jsonLines)
            {
                // One document per line: end the line and start the writer afresh for the next value.
                writer.Flush();
                buffer.Write(Newline);
                writer.Reset(buffer);
            }

            if (writer.BytesPending + buffer.WrittenCount > FlushThreshold)
            {
                await Drain(writer, buffer, stream, cancellationToken).ConfigureAwait(false);
            }
        }

        if (!jsonLines)
        {
            writer.WriteEndArray();
        }

        await Drain(writer, buffer, stream, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task Drain(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, Stream stream, CancellationToken cancellationToken)
    {
        writer.Flush();
        await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        buffer.ResetWrittenCount();
    }

    public static void Write<T>(Stream stream, IEnumerable<T> items, Action<Utf8JsonWriter, T> write, bool jsonLines, bool indented)
    {
        using var writer = new Utf8JsonWriter(stream, WriterOptions(indented && !jsonLines));
        if (!jsonLines)
        {
            writer.WriteStartArray();
        }

        foreach (var item in items)
        {
            write(writer, item);
            if (jsonLines)
            {
                writer.Flush();
                stream.Write(Newline);
                writer.Reset();
            }
            else if (writer.BytesPending > FlushThreshold)
            {
                writer.Flush();
            }
        }

        if (!jsonLines)
        {
            writer.WriteEndArray();
        }

        writer.Flush();
    }

    public static void Payslip(Utf8JsonWriter writer, Payslip payslip) =>
        JsonSerializer.Serialize(writer, payslip, PayrollJsonContext.Default.Payslip);

    /// <summary><c>{"index": 0, "payslip": {…}}</c> or <c>{"index": 1, "error": {"employeeId", "field", "message"}}</c>.</summary>
    public static void Result(Utf8JsonWriter writer, PayrollResult result)
    {
        writer.WriteStartObject();
        writer.WriteNumber("index"u8, result.Index);
        if (result.IsSuccess)
        {
            writer.WritePropertyName("payslip"u8);
            JsonSerializer.Serialize(writer, result.Payslip, PayrollJsonContext.Default.Payslip);
        }
        else
        {
            writer.WritePropertyName("error"u8);
            JsonSerializer.Serialize(writer, result.Error, PayrollJsonContext.Default.PayrollError);
        }

        writer.WriteEndObject();
    }
}
