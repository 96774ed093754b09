namespace HrKit.Payroll.Excel.Input;

/// <summary>One column of the input sheet: its bilingual heading and the JSON field (docs/payroll-input.md) it fills.</summary>
/// <param name="Chinese">The Chinese heading.</param>
/// <param name="English">The English heading.</param>
/// <param name="Path">The field's JSON path inside an employee-month, e.g. <c>attendance.scheduledDays</c>.</param>
/// <param name="Kind">How the cell is read and written.</param>
internal sealed record InputColumn(string Chinese, string English, string Path, CellKind Kind)
{
    /// <summary>The heading the template writes: <c>工号 / Employee ID</c>.</summary>
    public string Heading => $"{Chinese} / {English}";

    /// <summary>Whether a header cell names this column: the full heading, the Chinese or the English part alone, or the JSON field name.</summary>
    public bool IsNamedBy(string header)
    {
        var text = header.Trim();
        return string.Equals(text, Heading, StringComparison.OrdinalIgnoreCase)
            || string.Equals(text, Chinese, StringComparison.Ordinal)
            || string.Equals(text, English, StringComparison.OrdinalIgnoreCase)
            || string.Equals(text, Path, StringComparison.OrdinalIgnoreCase)
            || string.Equals(Compact(text), Compact(Heading), StringComparison.OrdinalIgnoreCase);
    }

    // "工号/Employee ID" and "工号 /  Employee ID" are the same heading typed by hand.
    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
