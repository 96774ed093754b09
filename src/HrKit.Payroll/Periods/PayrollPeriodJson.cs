using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using HrKit.Payroll.Localization;
using HrKit.Payroll.Model;
using HrKit.Payroll.Serialization;

namespace HrKit.Payroll.Periods;

/// <summary>
/// The JSON a database-backed <see cref="IPayrollPeriodStore"/> keeps per row (input, payslip, settlements), in the
/// documented formats of HrKit.Payroll, so every store writes the same documents.
/// </summary>
public static class PayrollPeriodJson
{
    /// <summary>Serializes an input.</summary>
    public static string Serialize(EmployeeMonthInput input) => PayrollJson.Serialize(input);

    /// <summary>
    /// Serializes a payslip: its documented JSON (line names and explanations in English, as text) and, under
    /// <c>linesZhCN</c>, each line's name and explanation in Chinese, so a payslip read back shows in either language
    /// like a freshly computed one (docs/localisation.md).
    /// </summary>
    public static string Serialize(Payslip payslip)
    {
        ArgumentNullException.ThrowIfNull(payslip);
        var english = PayrollJson.Serialize(payslip);
        var chinese = PayrollLocalizer.For(CultureInfo.GetCultureInfo(PayrollLocalizer.ChineseCultureName));
        if (!string.Equals(chinese.Culture.Name, PayrollLocalizer.ChineseCultureName, StringComparison.OrdinalIgnoreCase))
        {
            return english;
        }

        // The payslip's own JSON is kept byte for byte; the Chinese texts follow as one more property of its object.
        var buffer = new ArrayBufferWriter<byte>(english.Length);
        using (var writer = new Utf8JsonWriter(buffer, PayrollJsonWriters.WriterOptions(indented: false)))
        {
            writer.WriteStartArray();
            foreach (var line in payslip.Lines)
            {
                writer.WriteStartObject();
                writer.WriteString("name", chinese.LineName(payslip.Jurisdiction, line));
                writer.WriteString("explanation", chinese.LineExplanation(line));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return string.Concat(english.AsSpan(0, english.Length - 1), ",\"" + ChineseLines + "\":", Encoding.UTF8.GetString(buffer.WrittenSpan), "}");
    }

    /// <summary>Serializes settlements.</summary>
    public static string Serialize(ImmutableArray<RetroSettlement> settlements) =>
        JsonSerializer.Serialize(settlements, PayrollJsonContext.Default.ImmutableArrayRetroSettlement);

    /// <summary>Parses an input written by <see cref="Serialize(EmployeeMonthInput)"/>.</summary>
    /// <exception cref="PayrollDataException">The text is not such a document (the store's data is damaged).</exception>
    public static EmployeeMonthInput DeserializeInput(string json) => Parse(json, new LocalText("Error.Store.Input"), j => PayrollJson.DeserializeInput(j));

    /// <summary>Parses a payslip written by <see cref="Serialize(Payslip)"/>.</summary>
    /// <exception cref="PayrollDataException">The text is not such a document.</exception>
    public static Payslip DeserializePayslip(string json) =>
        Parse(json, new LocalText("Error.Store.Payslip"), ReadPayslip);

    private const string ChineseLines = "linesZhCN";

    // Serialize appends linesZhCN as the last property of the payslip's object; a quote inside a JSON string is
    // escaped, so the marker cannot occur inside a name. A row written before linesZhCN existed is the payslip alone:
    // its lines show their English text in every language.
    private static Payslip? ReadPayslip(string json)
    {
        var marker = json.LastIndexOf(",\"" + ChineseLines + "\":", StringComparison.Ordinal);
        var end = json.TrimEnd();
        if (marker < 0 || !end.EndsWith('}'))
        {
            return JsonSerializer.Deserialize(json, PayrollJsonContext.Default.Payslip);
        }

        var payslip = JsonSerializer.Deserialize(string.Concat(json.AsSpan(0, marker), "}"), PayrollJsonContext.Default.Payslip);
        using var chinese = JsonDocument.Parse(end.AsMemory((marker + ChineseLines.Length + 4)..^1));
        if (payslip is null || chinese.RootElement.ValueKind != JsonValueKind.Array || chinese.RootElement.GetArrayLength() != payslip.Lines.Length)
        {
            return payslip;
        }

        var lines = ImmutableArray.CreateBuilder<PayslipLine>(payslip.Lines.Length);
        var i = 0;
        foreach (var text in chinese.RootElement.EnumerateArray())
        {
            var line = payslip.Lines[i++];
            lines.Add(text.ValueKind == JsonValueKind.Object
                && text.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
                && text.TryGetProperty("explanation", out var explanation) && explanation.ValueKind == JsonValueKind.String
                ? line with { StoredChinese = new StoredLineText(name.GetString()!, explanation.GetString()!) }
                : line);
        }

        return payslip with { Lines = lines.MoveToImmutable() };
    }

    /// <summary>Parses settlements written by <see cref="Serialize(ImmutableArray{RetroSettlement})"/>.</summary>
    /// <exception cref="PayrollDataException">The text is not such a document.</exception>
    public static ImmutableArray<RetroSettlement> DeserializeSettlements(string json) =>
        Parse(json, new LocalText("Error.Store.Settlements"), j => JsonSerializer.Deserialize(j, PayrollJsonContext.Default.ImmutableArrayRetroSettlement));

    /// <summary>Parses one settlement (a row of the settlements table).</summary>
    /// <exception cref="PayrollDataException">The text is not such a document.</exception>
    public static RetroSettlement DeserializeSettlement(string json) =>
        Parse(json, new LocalText("Error.Store.Settlement"), j => JsonSerializer.Deserialize(j, PayrollJsonContext.Default.RetroSettlement));

    /// <summary>Serializes one settlement.</summary>
    public static string Serialize(RetroSettlement settlement) =>
        JsonSerializer.Serialize(settlement, PayrollJsonContext.Default.RetroSettlement);

    private static T Parse<T>(string json, LocalText what, Func<string, T?> parse)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return parse(json) ?? throw new PayrollDataException(new LocalText("Error.Store.Null", what));
        }
        catch (JsonException ex)
        {
            throw new PayrollDataException(new LocalText("Error.Store.Unreadable", what, LocalisedJsonException.ProblemOf(ex)), ex);
        }
    }
}
