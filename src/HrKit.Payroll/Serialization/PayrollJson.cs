using HrKit.Payroll.Localization;
using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions.China;
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
    /// <paramref name="jsonLines"/> is set, from JSON Lines (one employee per line), streaming: only the record being
    /// read is held in memory. A malformed record becomes a record with an <see cref="PayrollInputRecord.Error"/>
    /// naming its index, line and field, and the next record is read. Limits: <see cref="PayrollLimits.MaxRecordBytes"/>
    /// per record (a larger one is an error record and is skipped) and <see cref="PayrollLimits.MaxJsonDepth"/>.
    /// </summary>
    /// <exception cref="PayrollDataException">
    /// The JSON document as a whole is not of that shape or its structure is broken (the message names the line and
    /// record); thrown while enumerating, after the records before the fault. JSON Lines never throws it.
    /// </exception>
    public static IEnumerable<PayrollInputRecord> ReadInputs(Stream stream, bool jsonLines = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Scanner(jsonLines).Read(stream);
    }

    /// <summary>
    /// The asynchronous form of <see cref="ReadInputs"/>: reads the stream only with <c>ReadAsync</c> (an ASP.NET Core
    /// request body needs no <c>AllowSynchronousIO</c>) and holds one record at a time.
    /// </summary>
    /// <exception cref="PayrollDataException">As <see cref="ReadInputs"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static IAsyncEnumerable<PayrollInputRecord> ReadInputsAsync(Stream stream, bool jsonLines = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Scanner(jsonLines).ReadAsync(stream, cancellationToken);
    }

    private static InputRecordScanner Scanner(bool jsonLines) =>
        jsonLines ? new JsonLinesInputScanner() : new JsonArrayInputScanner();

    /// <summary>Parses one employee-month.</summary>
    /// <exception cref="JsonException">The JSON is malformed or has unknown or mistyped fields.</exception>
    public static EmployeeMonthInput DeserializeInput(string json) =>
        JsonSerializer.Deserialize(json, PayrollJsonContext.Default.EmployeeMonthInput)
        ?? throw new LocalisedJsonException(new LocalText("Error.Json.NullInput"));

    /// <summary>Serializes one employee-month; text is written as it is (UTF-8, no \u escapes for Chinese).</summary>
    public static string Serialize(EmployeeMonthInput input) => ToText(input, PayrollJsonContext.Default.EmployeeMonthInput);

    /// <summary>Serializes a payslip; text is written as it is (UTF-8, no \u escapes for Chinese).</summary>
    public static string Serialize(Payslip payslip) => ToText(payslip, PayrollJsonContext.Default.Payslip);

    private static string ToText<T>(T value, JsonTypeInfo<T> type)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, PayrollJsonWriters.WriterOptions(indented: false)))
        {
            JsonSerializer.Serialize(writer, value, type);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes payslips as a JSON array, streaming: flushed to <paramref name="stream"/> every 32 KiB.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="payslips"/> is null.</exception>
    public static void WritePayslips(Stream stream, IEnumerable<Payslip> payslips, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(payslips);
        PayrollJsonWriters.Write(stream, payslips, PayrollJsonWriters.Payslip, jsonLines: false, indented);
    }

    /// <summary>
    /// Writes payslips as they come, as a JSON array or (<paramref name="jsonLines"/>) one compact payslip per line,
    /// flushing every 32 KiB (every line for JSON Lines) with asynchronous writes only.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task WritePayslipsAsync(Stream stream, IAsyncEnumerable<Payslip> payslips, bool jsonLines = false, bool indented = true,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(payslips);
        return PayrollJsonWriters.WriteAsync(stream, payslips, PayrollJsonWriters.Payslip, jsonLines, indented, cancellationToken);
    }

    /// <summary>
    /// Writes a bulk run's results in input order, as they come: each <c>{"index": 0, "payslip": {…}}</c> or
    /// <c>{"index": 1, "error": {"employeeId", "field", "message"}}</c>, as a JSON array or one per line
    /// (<paramref name="jsonLines"/>), with asynchronous writes only.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task WriteResultsAsync(Stream stream, IAsyncEnumerable<PayrollResult> results, bool jsonLines = false, bool indented = true,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(results);
        return PayrollJsonWriters.WriteAsync(stream, results, PayrollJsonWriters.Result, jsonLines, indented, cancellationToken);
    }

    /// <summary>
    /// The asynchronous form of <see cref="ContributionTableLoader.Load(Stream)"/>: reads the file with <c>ReadAsync</c>
    /// (at most <see cref="PayrollLimits.MaxReferenceFileBytes"/>), then validates it the same way.
    /// </summary>
    /// <exception cref="PayrollDataException">The file is too large, malformed or a value is out of range.</exception>
    public static async Task<ContributionTable> ReadContributionTableAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var copy = await BoundedCopy.ReadAsync(stream, PayrollLimits.MaxReferenceFileBytes, cancellationToken).ConfigureAwait(false)
            ?? throw new PayrollDataException(new LocalText("Error.Contrib.StreamTooLarge", PayrollLimits.MaxReferenceFileBytes));
        await using (copy.ConfigureAwait(false))
        {
            return ContributionTableLoader.Load(copy);
        }
    }
}
