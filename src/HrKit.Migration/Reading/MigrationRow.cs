using System.Globalization;
using HrKit.Migration.Mapping;
using NodaTime;
using NodaTime.Text;

namespace HrKit.Migration.Reading;

/// <summary>One data row of an export, read through its <see cref="MigrationSource"/>: typed field access that rejects bad values with the file, row and column.</summary>
internal sealed class MigrationRow(string file, long row, MigrationSource source, IReadOnlyDictionary<string, string> cells)
{
    // Amounts beyond this are refused: no payroll figure of one employee-month comes near it, and decimal stays exact.
    internal const decimal MaxAmount = 1_000_000_000_000m;

    public string File => file;

    public long Row => row;

    public string? Text(string field, bool required = false)
    {
        var value = cells.TryGetValue(field, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        return value is null && required ? throw Reject(field, "is empty; a value is required.") : value;
    }

    public decimal Amount(string field, bool required = false)
    {
        var text = Text(field, required);
        if (text is null)
        {
            return 0m;
        }

        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            throw Reject(field, $"'{text}' is not a number (use a dot for decimals, e.g. 12345.67).");
        }

        if (value.Scale > 2 && value != decimal.Round(value, 2))
        {
            throw Reject(field, $"'{text}' has more than 2 decimal places; round it in the export (HrKit never rounds migrated money silently).");
        }

        return Math.Abs(value) > MaxAmount ? throw Reject(field, $"'{text}' is beyond ±{MaxAmount:N0}.") : value;
    }

    public long Points(string field)
    {
        var text = Text(field, required: true)!;
        return long.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw Reject(field, $"'{text}' is not a whole, non-negative number of points.");
    }

    public LocalDate? Date(string field)
    {
        var text = Text(field);
        if (text is null)
        {
            return null;
        }

        var parsed = LocalDatePattern.CreateWithInvariantCulture(source.DateFormat).Parse(text);
        return parsed.Success ? parsed.Value : throw Reject(field, $"'{text}' is not a date in {source.DateFormat}.");
    }

    public YearMonth Month(string field)
    {
        var text = Text(field, required: true)!;
        var parsed = YearMonthPattern.CreateWithInvariantCulture(source.MonthFormat).Parse(text);
        return parsed.Success ? parsed.Value : throw Reject(field, $"'{text}' is not a month in {source.MonthFormat}.");
    }

    /// <summary>A rejection of <paramref name="field"/>'s column in this row.</summary>
    public RowRejectedException Reject(string field, string why) =>
        new(new MigrationReject(file, row, source.Columns.GetValueOrDefault(field, field), $"{field} {why}"));

    /// <summary>A rejection of the row as a whole.</summary>
    public RowRejectedException RejectRow(string why) => new(new MigrationReject(file, row, null, why));
}
