using System.Globalization;
using System.Text;
using System.Text.Json;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Localization;

namespace HrKit.Payroll.Serialization;

/// <summary>Turns the UTF-8 bytes of one record into an input or an error naming the record, line and field.</summary>
internal static class InputRecordParser
{
    private static readonly JsonReaderOptions PeekOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = PayrollLimits.MaxJsonDepth,
    };

    /// <param name="json">The record's bytes.</param>
    /// <param name="index">Zero-based record index.</param>
    /// <param name="line">1-based line where the record starts.</param>
    /// <param name="where">How messages name the record: <c>line 3</c> or <c>employees[2] (line 7)</c> (<see cref="AtLine"/>, <see cref="AtElement"/>).</param>
    public static PayrollInputRecord Parse(ReadOnlySpan<byte> json, long index, long line, LocalText where)
    {
        try
        {
            var input = JsonSerializer.Deserialize(json, PayrollJsonContext.Default.EmployeeMonthInput)
                ?? throw new LocalisedJsonException(new LocalText("Error.Json.NullRecord"));
            return new PayrollInputRecord(index, line, input, null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            // InvalidOperationException and ArgumentException (invalid UTF-8) are how System.Text.Json reports some
            // malformed values; all of them are this record's problem, not the run's.
            // The converters' own problems (a month not in yyyy-MM) are resource texts; the serializer's are quoted as it gives them.
            return Error(index, line, PeekId(json), ex is JsonException je ? FieldOf(je) : "$",
                new LocalText("Error.Input.Record", where, LocalisedJsonException.ProblemOf(ex)));
        }
    }

    /// <summary>A record of JSON Lines named by its line: <c>line 3</c> (<c>第 3 行</c>).</summary>
    public static LocalText AtLine(long line) => new("Error.Input.AtLine", line.ToString(CultureInfo.InvariantCulture));

    /// <summary>An element of an <c>employees</c> array: <c>employees[2] (line 7)</c>.</summary>
    public static LocalText AtElement(long index, long line) =>
        new("Error.Input.AtElement", index.ToString(CultureInfo.InvariantCulture), line.ToString(CultureInfo.InvariantCulture));

    public static PayrollInputRecord Error(long index, long line, string employeeId, string field, LocalText message) =>
        new(index, line, null, PayrollError.Of(employeeId, field, message));

    public static string FieldOf(JsonException ex) =>
        ex.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "$";

    /// <summary>The record's top-level <c>employeeId</c> when it is readable, so a bad record is still attributed.</summary>
    public static string PeekId(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json, PeekOptions);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return "?";
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isId = reader.ValueTextEquals("employeeId"u8);
                if (!reader.Read())
                {
                    return "?";
                }

                if (isId)
                {
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() ?? "?" : "?";
                }

                reader.Skip();
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            // Unreadable up to the id: the record stays anonymous.
        }

        return "?";
    }

    /// <summary>A short, printable excerpt of bytes for messages.</summary>
    public static string Excerpt(ReadOnlySpan<byte> bytes) =>
        Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 40)]).ReplaceLineEndings(" ");
}
