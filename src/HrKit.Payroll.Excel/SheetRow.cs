namespace HrKit.Payroll.Excel;

/// <summary>
/// A row for MiniExcel keyed by column letters. MiniExcel takes a sheet's columns from its first row, so sheets are
/// written without MiniExcel's own header, and every row of a sheet has the same columns (<see cref="Of(IEnumerable{object?}, int)"/>).
/// </summary>
internal static class SheetRow
{
    public static IDictionary<string, object?> Of(IEnumerable<object?> cells, int width = 0)
    {
        var row = new Dictionary<string, object?>(StringComparer.Ordinal);
        var i = 0;
        foreach (var cell in cells)
        {
            row[ExcelFiles.ColumnLetters(i++)] = cell;
        }

        for (; i < width; i++)
        {
            row[ExcelFiles.ColumnLetters(i)] = null;
        }

        return row;
    }
}
