using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using HrKit.Payroll.Engine;
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
            throw new PayrollDataException($"{fileName}, sheet {sheet}: the sheet is empty; row 1 must hold the headings of the template (hrkit payroll template --format xlsx).");
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
        ?? throw new PayrollDataException(
            $"{fileName}: no sheet {InputColumns.SheetName} (or {InputColumns.EnglishSheetName}); the workbook has {string.Join(", ", sheets.Select(s => $"'{s}'"))}. Put the employees on a sheet named {InputColumns.SheetName}, as the template does.");

    private bool Next(IEnumerator<dynamic> e, string sheet)
    {
        try
        {
            return e.MoveNext();
        }
        catch (Exception ex) when (ExcelFiles.IsUnreadable(ex))
        {
            throw new PayrollDataException($"{fileName}, sheet {sheet}: the sheet cannot be read ({ex.Message}); save the workbook again from Excel.", ex);
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
                ?? throw new PayrollDataException(
                    $"{fileName}, sheet {sheet}, row 1, column {letters}: '{Shorten(text)}' is not a heading of the input template; the headings are {string.Join(", ", InputColumns.All.Select(c => c.Heading))}.");
            if (columns.FirstOrDefault(p => p.Value == column) is { Value: not null } twice)
            {
                throw new PayrollDataException($"{fileName}, sheet {sheet}, row 1: column {column.Heading} appears twice (columns {twice.Key} and {letters}); keep one.");
            }

            columns[letters] = column;
        }

        if (!columns.Values.Any(c => c?.Path == InputColumns.EmployeeIdPath))
        {
            throw new PayrollDataException(
                $"{fileName}, sheet {sheet}, row 1: no {InputColumns.All[0].Heading} column; row 1 must hold the headings of the template (hrkit payroll template --format xlsx).");
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
                    error ??= new PayrollError(employeeId, letters, $"{fileName}, sheet {sheet}, row {row}, column {letters}: a value under a column without a heading; give the column a heading of the template or clear it.");
                }

                continue;
            }

            var value = CellValue.Read(cell, column.Kind, out var problem);
            if (problem is not null)
            {
                error ??= new PayrollError(employeeId, column.Path, $"{Where(sheet, row, column, letters)}: {problem}.");
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
            error = new PayrollError("?", InputColumns.EmployeeIdPath, $"{Where(sheet, row, InputColumns.All[0], Letter(columns, InputColumns.All[0]))}: empty; every row needs an employee id.");
        }

        var period = InputColumns.All.First(c => c.Path == "period");
        if (error is null && !record.ContainsKey(period.Path))
        {
            error = new PayrollError(employeeId, period.Path, $"{Where(sheet, row, period, Letter(columns, period))}: empty; every row needs the pay month, such as 2025-06.");
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
            // Every cell was converted to its field's type, so this is a value the model refuses (e.g. a bad month).
            var path = (ex.Path ?? "$").TrimStart('$', '.');
            var column = InputColumns.All.FirstOrDefault(c => c.Path.Equals(path, StringComparison.OrdinalIgnoreCase));
            var where = column is null ? $"{fileName}, sheet {sheet}, row {row}" : Where(sheet, row, column, Letter(columns, column));
            return new PayrollInputRecord(index, row, null, new PayrollError(employeeId, column?.Path ?? path, $"{where}: {ex.Message}"));
        }
    }

    private string Where(string sheet, long row, InputColumn column, string? letters) =>
        $"{fileName}, sheet {sheet}, row {row}, column {column.Heading}{(letters is null ? "" : $" ({letters})")}";

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
