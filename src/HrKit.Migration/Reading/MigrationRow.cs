using HrKit.Migration.Localization;
using HrKit.Localization;
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
        return value is null && required ? throw Reject(field, MigrationText.Of("Row.Empty")) : value;
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
            throw Reject(field, MigrationText.Of("Row.NotANumber", text));
        }

        if (value.Scale > 2 && value != decimal.Round(value, 2))
        {
            throw Reject(field, MigrationText.Of("Row.Decimals", text));
        }

        return Math.Abs(value) > MaxAmount ? throw Reject(field, MigrationText.Of("Row.TooLarge", text, MaxAmount)) : value;
    }

    public long Points(string field)
    {
        var text = Text(field, required: true)!;
        return long.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw Reject(field, MigrationText.Of("Row.NotPoints", text));
    }

    public LocalDate? Date(string field)
    {
        var text = Text(field);
        if (text is null)
        {
            return null;
        }

        var parsed = LocalDatePattern.CreateWithInvariantCulture(source.DateFormat).Parse(text);
        return parsed.Success ? parsed.Value : throw Reject(field, MigrationText.Of("Row.NotADate", text, source.DateFormat));
    }

    public YearMonth Month(string field)
    {
        var text = Text(field, required: true)!;
        var parsed = YearMonthPattern.CreateWithInvariantCulture(source.MonthFormat).Parse(text);
        return parsed.Success ? parsed.Value : throw Reject(field, MigrationText.Of("Row.NotAMonth", text, source.MonthFormat));
    }

    /// <summary>A rejection of <paramref name="field"/>'s column in this row.</summary>
    public RowRejectedException Reject(string field, LocalMessage why) =>
        new(new MigrationReject(file, row, source.Columns.GetValueOrDefault(field, field), MigrationText.Of("Row.Field", field, why)));

    /// <summary>A rejection of the row as a whole.</summary>
    public RowRejectedException RejectRow(LocalMessage why) => new(new MigrationReject(file, row, null, why));
}
