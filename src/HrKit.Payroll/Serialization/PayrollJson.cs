using System.Text;
using System.Text.Json;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;

namespace HrKit.Payroll.Serialization;

/// <summary>
/// Reads and writes HrKit.Payroll's documented JSON formats (docs/payroll-input.md): camelCase, ISO dates, enum
/// names as strings, unknown properties rejected so a misspelt field is an error rather than a silent zero.
/// </summary>
public static class PayrollJson
{
    /// <summary>
    /// Reads employee-months from a JSON document (<c>{"employees": [...]}</c> or a bare array) or, when
    /// <paramref name="jsonLines"/> is set, from JSON Lines (one employee per line, streamed). A malformed record
    /// becomes a record with an <see cref="PayrollInputRecord.Error"/> naming its field and line; the others still come.
    /// </summary>
    /// <exception cref="PayrollDataException">The document as a whole is not valid JSON of that shape.</exception>
    public static IEnumerable<PayrollInputRecord> ReadInputs(Stream stream, bool jsonLines = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return jsonLines ? ReadLines(stream) : ReadDocument(stream);
    }

    /// <summary>Parses one employee-month.</summary>
    /// <exception cref="JsonException">The JSON is malformed or has unknown or mistyped fields.</exception>
    public static EmployeeMonthInput DeserializeInput(string json) =>
        JsonSerializer.Deserialize(json, PayrollJsonContext.Default.EmployeeMonthInput)
        ?? throw new JsonException("The input is null.");

    /// <summary>Serializes one employee-month.</summary>
    public static string Serialize(EmployeeMonthInput input) =>
        JsonSerializer.Serialize(input, PayrollJsonContext.Default.EmployeeMonthInput);

    /// <summary>Serializes a payslip.</summary>
    public static string Serialize(Payslip payslip) =>
        JsonSerializer.Serialize(payslip, PayrollJsonContext.Default.Payslip);

    /// <summary>Writes payslips as a JSON array, streaming.</summary>
    public static void WritePayslips(Stream stream, IEnumerable<Payslip> payslips, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(payslips);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented });
        writer.WriteStartArray();
        foreach (var payslip in payslips)
        {
            JsonSerializer.Serialize(writer, payslip, PayrollJsonContext.Default.Payslip);
        }

        writer.WriteEndArray();
    }

    private static IEnumerable<PayrollInputRecord> ReadLines(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        long line = 0, index = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            yield return Parse(index++, line, text);
        }
    }

    private static PayrollInputRecord Parse(long index, long line, string text)
    {
        try
        {
            return new PayrollInputRecord(index, line, DeserializeInput(text), null);
        }
        catch (JsonException ex)
        {
            return new PayrollInputRecord(index, line, null, new PayrollError(PeekId(text), FieldOf(ex), $"line {line}: {ex.Message}"));
        }
    }

    private static IEnumerable<PayrollInputRecord> ReadDocument(Stream stream)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new PayrollDataException($"input: malformed JSON at line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}: {ex.Message}", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            JsonElement employees;
            if (root.ValueKind == JsonValueKind.Array)
            {
                employees = root;
            }
            else if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("employees", out employees) || employees.ValueKind != JsonValueKind.Array)
            {
                throw new PayrollDataException("input: expected an object with an \"employees\" array (or a bare array of employees).");
            }

            var index = 0L;
            foreach (var element in employees.EnumerateArray())
            {
                var raw = element.GetRawText();
                PayrollInputRecord record;
                try
                {
                    var input = element.Deserialize(PayrollJsonContext.Default.EmployeeMonthInput)
                        ?? throw new JsonException("The record is null.");
                    record = new PayrollInputRecord(index, null, input, null);
                }
                catch (JsonException ex)
                {
                    record = new PayrollInputRecord(index, null, null,
                        new PayrollError(PeekId(raw), FieldOf(ex), $"employees[{index}]: {ex.Message}"));
                }

                index++;
                yield return record;
            }
        }
    }

    private static string FieldOf(JsonException ex) =>
        ex.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "$";

    // A record that fails to parse should still be attributed to its employee where the id itself is readable.
    private static string PeekId(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.ValueKind == JsonValueKind.Object
                && doc.RootElement.TryGetProperty("employeeId", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString() ?? "?"
                : "?";
        }
        catch (JsonException)
        {
            return "?";
        }
    }
}
