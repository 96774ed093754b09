using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using HrKit.Payroll.Localization;
using NodaTime;
using NodaTime.Text;

namespace HrKit.Payroll.Excel.Input;

/// <summary>
/// Converts between a cell as MiniExcel reads it (string, double, bool, DateTime or null) and the JSON value of the
/// field the column fills. A cell that cannot be converted gives a problem text (what is wrong, how to write it) as a resource text.
/// </summary>
internal static class CellValue
{
    /// <summary>Excel's own limit on the text of one cell.</summary>
    public const int MaxCellCharacters = 32_767;

    /// <summary>The JSON value of <paramref name="cell"/>, or null for an empty cell; <paramref name="problem"/> is set when it cannot be read.</summary>
    public static JsonNode? Read(object? cell, CellKind kind, out PayrollMessage? problem)
    {
        problem = null;
        if (cell is string text)
        {
            if (text.Length > MaxCellCharacters)
            {
                problem = new PayrollMessage("Error.Excel.TooLong",
                    text.Length.ToString("N0", CultureInfo.InvariantCulture), MaxCellCharacters.ToString("N0", CultureInfo.InvariantCulture));
                return null;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }
        }

        if (cell is null)
        {
            return null;
        }

        return kind switch
        {
            CellKind.Text => Text(cell),
            CellKind.Number => Number(cell, out problem),
            CellKind.Integer => Integer(cell, out problem),
            CellKind.Month => Month(cell, out problem),
            CellKind.Date => Date(cell, out problem),
            CellKind.Boolean => Boolean(cell, out problem),
            CellKind.NamedAmounts => NamedAmounts(cell, out problem),
            _ => BonusTaxMethod(cell, out problem),
        };
    }

    /// <summary>The cell to write for a field's JSON value (null leaves the cell empty).</summary>
    public static object? Write(JsonNode? value, CellKind kind) => value switch
    {
        null => null,
        JsonObject amounts when kind == CellKind.NamedAmounts => amounts.Count == 0 ? null : string.Join("; ",
            amounts.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}={p.Value!.GetValue<decimal>()}"))),
        _ when kind == CellKind.Number => value.GetValue<decimal>(),
        _ when kind == CellKind.Integer => value.GetValue<int>(),
        _ when kind == CellKind.Boolean => value.GetValue<bool>() ? "是" : "否",
        _ => value.GetValue<string>(),
    };

    private static JsonValue Text(object cell) => JsonValue.Create(cell switch
    {
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => Convert.ToString(cell, CultureInfo.InvariantCulture) ?? "",
    });

    private static JsonValue? Number(object cell, out PayrollMessage? problem)
    {
        problem = null;
        if (ToDecimal(cell) is { } value)
        {
            return JsonValue.Create(value);
        }

        problem = new PayrollMessage("Error.Excel.NotANumber", Quote(cell));
        return null;
    }

    private static JsonValue? Integer(object cell, out PayrollMessage? problem)
    {
        problem = null;
        if (ToDecimal(cell) is { } value && value == decimal.Truncate(value) && value is >= int.MinValue and <= int.MaxValue)
        {
            return JsonValue.Create((int)value);
        }

        problem = new PayrollMessage("Error.Excel.NotAWholeNumber", Quote(cell));
        return null;
    }

    private static decimal? ToDecimal(object cell)
    {
        switch (cell)
        {
            // Excel keeps numbers as doubles (15 significant digits); decimal's conversion keeps exactly those.
            case double d when double.IsFinite(d) && Math.Abs(d) < 7.9e28:
                return (decimal)d;
            case string s when decimal.TryParse(s.Trim(), NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var parsed):
                return parsed;
            default:
                return null;
        }
    }

    private static JsonValue? Month(object cell, out PayrollMessage? problem)
    {
        problem = null;
        if (AsDate(cell) is { } date)
        {
            return JsonValue.Create(YearMonthPattern.Iso.Format(date.ToYearMonth()));
        }

        if (cell is string s && YearMonthPattern.Iso.Parse(s.Trim()) is { Success: true } month)
        {
            return JsonValue.Create(YearMonthPattern.Iso.Format(month.Value));
        }

        problem = new PayrollMessage("Error.Excel.NotAMonth", Quote(cell));
        return null;
    }

    private static JsonValue? Date(object cell, out PayrollMessage? problem)
    {
        problem = null;
        if (AsDate(cell) is { } date)
        {
            return JsonValue.Create(LocalDatePattern.Iso.Format(date));
        }

        if (cell is string s && LocalDatePattern.Iso.Parse(s.Trim()) is { Success: true } parsed)
        {
            return JsonValue.Create(LocalDatePattern.Iso.Format(parsed.Value));
        }

        problem = new PayrollMessage("Error.Excel.NotADate", Quote(cell));
        return null;
    }

    // A cell formatted as a date arrives as DateTime; one without the format as its serial number.
    private static LocalDate? AsDate(object cell) => cell switch
    {
        DateTime t => LocalDate.FromDateTime(t),
        double d when d is >= 1 and < 2_958_466 && d == Math.Floor(d) => LocalDate.FromDateTime(DateTime.FromOADate(d)),
        _ => null,
    };

    private static JsonValue? Boolean(object cell, out PayrollMessage? problem)
    {
        problem = null;
        bool? value = cell switch
        {
            bool b => b,
            double d when d is 0 or 1 => d == 1,
            string s => s.Trim().ToUpperInvariant() switch
            {
                "是" or "Y" or "YES" or "TRUE" or "1" => true,
                "否" or "N" or "NO" or "FALSE" or "0" => false,
                _ => null,
            },
            _ => null,
        };
        if (value is { } v)
        {
            return JsonValue.Create(v);
        }

        problem = new PayrollMessage("Error.Excel.NotYesOrNo", Quote(cell));
        return null;
    }

    private static JsonValue? BonusTaxMethod(object cell, out PayrollMessage? problem)
    {
        problem = null;
        var text = Convert.ToString(cell, CultureInfo.InvariantCulture)?.Trim() ?? "";
        if (text is "单独计税" || text.Equals("separate", StringComparison.OrdinalIgnoreCase))
        {
            return JsonValue.Create("separate");
        }

        if (text is "并入综合所得" || text.Equals("merged", StringComparison.OrdinalIgnoreCase))
        {
            return JsonValue.Create("merged");
        }

        problem = new PayrollMessage("Error.Excel.NotATaxMethod", Quote(cell));
        return null;
    }

    private static JsonObject? NamedAmounts(object cell, out PayrollMessage? problem)
    {
        problem = null;
        var amounts = new JsonObject();
        var text = Convert.ToString(cell, CultureInfo.InvariantCulture) ?? "";
        foreach (var entry in text.Split([';', '；', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = entry.Split(['=', '＝'], 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0
                || !decimal.TryParse(parts[1], NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
            {
                problem = new PayrollMessage("Error.Excel.NotNameAmount", entry);
                return null;
            }

            if (amounts.ContainsKey(parts[0]))
            {
                problem = new PayrollMessage("Error.Excel.GivenTwice", parts[0]);
                return null;
            }

            amounts[parts[0]] = amount;
        }

        return amounts.Count == 0 ? null : amounts;
    }

    private static string Quote(object cell)
    {
        var text = Convert.ToString(cell, CultureInfo.InvariantCulture) ?? "";
        var shown = new StringBuilder("\"").Append(text.Length > 40 ? text[..40] + "…" : text).Append('"');
        return shown.ToString();
    }
}
