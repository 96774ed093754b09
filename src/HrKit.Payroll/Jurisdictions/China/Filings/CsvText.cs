using System.Globalization;

namespace HrKit.Payroll.Jurisdictions.China;

// CSV fields for the filing files: RFC 4180 quoting, amounts with two decimals, and a leading apostrophe on text that
// a spreadsheet would run as a formula (=, +, -, @), so a hostile name cannot become a formula when opened in Excel.
internal static class CsvText
{
    public static string Field(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    public static string Amount(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string OptionalAmount(decimal value) => value == 0m ? "" : Amount(value);

    public static string Line(IEnumerable<string> fields) => string.Join(',', fields);
}
