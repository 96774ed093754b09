using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Localization;
using HrKit.Payroll.Serialization;
using MiniExcelLibs;

namespace HrKit.Payroll.Excel.Input;

/// <summary>
/// Reads employee-months from the 员工 sheet row by row with MiniExcel's streaming query: only the row being read is
/// held. Row 1 holds the headings; every later non-empty row is one record, or one error naming the file, sheet, row
/// and column.
/// </summary>
internal sealed class XlsxInputReader(string fileName)
{
    public IEnumerable<PayrollInputRecord> Read(Stream stream)
    {
        var sheet = PickSheet(ExcelFiles.SheetNames(stream, fileName));
        var rows = stream.Query(useHeaderRow: false, sheetName: sheet, excelType: ExcelType.XLSX, configuration: ExcelFiles.ReadConfiguration());
        using var e = rows.GetEnumerator();
        if (!Next(e, sheet))
        {
            throw new PayrollDataException(new PayrollMessage("Error.Excel.EmptySheet", Sheet(sheet), InputColumns.TemplateCommand));
        }

        var columns = Headings(sheet, (IDictionary<string, object?>)e.Current);
        long row = 1, index = 0;
        while (Next(e, sheet))
        {
            row++;
            var cells = (IDictionary<string, object?>)e.Current;
            if (cells.Values.All(IsBlank))
            {
                continue;
            }

            yield return ReadRow(sheet, row, index++, columns, cells);
        }
    }

    private string PickSheet(IReadOnlyList<string> sheets) =>
        sheets.FirstOrDefault(s => s == InputColumns.SheetName)
        ?? sheets.FirstOrDefault(s => string.Equals(s, InputColumns.EnglishSheetName, StringComparison.OrdinalIgnoreCase))
        ?? throw new PayrollDataException(new PayrollMessage(
            "Error.Excel.NoSheet", fileName, InputColumns.SheetName, InputColumns.EnglishSheetName, string.Join(", ", sheets.Select(s => $"'{s}'"))));

    private bool Next(IEnumerator<dynamic> e, string sheet)
    {
        try
        {
            return e.MoveNext();
        }
        catch (Exception ex) when (ExcelFiles.IsUnreadable(ex))
        {
            throw new PayrollDataException(new PayrollMessage("Error.Excel.UnreadableSheet", Sheet(sheet), ex.Message), ex);
        }
    }

    // Column letter → the input column under that heading (null: a column without a heading).
    private Dictionary<string, InputColumn?> Headings(string sheet, IDictionary<string, object?> header)
    {
        var columns = new Dictionary<string, InputColumn?>(StringComparer.Ordinal);
        foreach (var (letters, cell) in header)
        {
            if (IsBlank(cell))
            {
                columns[letters] = null;
                continue;
            }

            var text = Convert.ToString(cell, CultureInfo.InvariantCulture)!;
            var column = InputColumns.All.FirstOrDefault(c => c.IsNamedBy(text))
                ?? throw new PayrollDataException(new PayrollMessage(
                    "Error.Excel.UnknownHeading", Cell(sheet, 1, letters), Shorten(text), string.Join(", ", InputColumns.All.Select(c => c.Heading))));
            if (columns.FirstOrDefault(p => p.Value == column) is { Value: not null } twice)
            {
                throw new PayrollDataException(new PayrollMessage("Error.Excel.HeadingTwice", Row(sheet, 1), column.Heading, twice.Key, letters));
            }

            columns[letters] = column;
        }

        if (!columns.Values.Any(c => c?.Path == InputColumns.EmployeeIdPath))
        {
            throw new PayrollDataException(new PayrollMessage("Error.Excel.NoEmployeeIdColumn", Row(sheet, 1), InputColumns.All[0].Heading, InputColumns.TemplateCommand));
        }

        return columns;
    }

    private PayrollInputRecord ReadRow(string sheet, long row, long index, Dictionary<string, InputColumn?> columns, IDictionary<string, object?> cells)
    {
        var record = new JsonObject();
        string employeeId = "?";
        PayrollError? error = null;
        foreach (var (letters, cell) in cells)
        {
            columns.TryGetValue(letters, out var column);
            if (column is null)
            {
                if (!IsBlank(cell))
                {
                    error ??= Error(employeeId, letters, new PayrollMessage("Error.Excel.ValueWithoutHeading", Cell(sheet, row, letters)));
                }

                continue;
            }

            var value = CellValue.Read(cell, column.Kind, out var problem);
            if (problem is not null)
            {
                error ??= Error(employeeId, column.Path, new PayrollMessage("Error.Excel.CellProblem", Where(sheet, row, column, letters), problem));
                continue;
            }

            if (value is null)
            {
                continue;
            }

            if (column.Path == InputColumns.EmployeeIdPath)
            {
                employeeId = value.GetValue<string>();
            }

            Set(record, column.Path, value);
        }

        if (error is null && !record.ContainsKey(InputColumns.EmployeeIdPath))
        {
            error = Error("?", InputColumns.EmployeeIdPath, new PayrollMessage("Error.Excel.NoEmployeeId", Where(sheet, row, InputColumns.All[0], Letter(columns, InputColumns.All[0]))));
        }

        var period = InputColumns.All.First(c => c.Path == "period");
        if (error is null && !record.ContainsKey(period.Path))
        {
            error = Error(employeeId, period.Path, new PayrollMessage("Error.Excel.NoPeriod", Where(sheet, row, period, Letter(columns, period))));
        }

        if (error is not null)
        {
            return new PayrollInputRecord(index, row, null, error with { EmployeeId = employeeId });
        }

        try
        {
            return new PayrollInputRecord(index, row, PayrollJson.DeserializeInput(record.ToJsonString()), null);
        }
        catch (JsonException ex)
        {
            // Every cell was converted to its field's type, so this is a value the model refuses (e.g. a bad month):
            // HrKit.Payroll's own text in the reader's language, or the serializer's as it gives it.
            var path = (ex.Path ?? "$").TrimStart('$', '.');
            var column = InputColumns.All.FirstOrDefault(c => c.Path.Equals(path, StringComparison.OrdinalIgnoreCase));
            var where = column is null ? Row(sheet, row) : Where(sheet, row, column, Letter(columns, column));
            return new PayrollInputRecord(index, row, null, Error(employeeId, column?.Path ?? path, new PayrollMessage("Error.Excel.Refused", where, (object?)PayrollMessage.FromException(ex) ?? ex.Message)));
        }
    }

    // Places are messages too, so that 工作表/第 n 行/列 read in the reader's language around the sheet, row and column.
    private PayrollMessage Sheet(string sheet) => new("Error.Excel.Sheet", fileName, sheet);

    private PayrollMessage Row(string sheet, long row) => new("Error.Excel.Row", fileName, sheet, Number(row));

    private PayrollMessage Cell(string sheet, long row, string column) => new("Error.Excel.Cell", fileName, sheet, Number(row), column);

    private PayrollMessage Where(string sheet, long row, InputColumn column, string? letters) => letters is null
        ? Cell(sheet, row, column.Heading)
        : new("Error.Excel.CellAt", fileName, sheet, Number(row), column.Heading, letters);

    private static string Number(long row) => row.ToString(CultureInfo.InvariantCulture);

    private static PayrollError Error(string employeeId, string field, PayrollMessage text) =>
        new(employeeId, field, text.ToString()) { Text = text };

    private static string? Letter(Dictionary<string, InputColumn?> columns, InputColumn column) =>
        columns.FirstOrDefault(p => p.Value == column).Key;

    private static void Set(JsonObject record, string path, JsonNode value)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            record[path] = value;
            return;
        }

        var parent = path[..dot];
        if (record[parent] is not JsonObject child)
        {
            child = new JsonObject();
            record[parent] = child;
        }

        child[path[(dot + 1)..]] = value;
    }

    private static bool IsBlank(object? cell) => cell is null || (cell is string s && string.IsNullOrWhiteSpace(s));

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
