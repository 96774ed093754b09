using System.Text.Json.Nodes;
using HrKit.Payroll.Model;
using HrKit.Payroll.Serialization;
using MiniExcelLibs;

namespace HrKit.Payroll.Excel.Input;

/// <summary>Writes the input sheet: the bilingual headings, then one row per employee-month (streamed), and a notes sheet.</summary>
internal static class XlsxInputWriter
{
    public static void Write(Stream stream, IEnumerable<EmployeeMonthInput> inputs)
    {
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [InputColumns.SheetName] = Rows(inputs),
            [InputNotes.SheetName] = InputNotes.Rows(),
        };
        stream.SaveAs(sheets, printHeader: false, excelType: ExcelType.XLSX, configuration: ExcelFiles.WriteConfiguration());
    }

    private static IEnumerable<IDictionary<string, object?>> Rows(IEnumerable<EmployeeMonthInput> inputs)
    {
        yield return SheetRow.Of(InputColumns.All.Select(c => (object?)c.Heading));
        foreach (var input in inputs)
        {
            if (input.JurisdictionInput is not null || input.JurisdictionYearToDate is not null)
            {
                throw new ArgumentException(
                    $"Employee '{input.EmployeeId}': jurisdictionInput and jurisdictionYearToDate have no columns in the .xlsx input; write this employee as JSON (docs/payroll-input.md).", nameof(inputs));
            }

            var json = JsonNode.Parse(PayrollJson.Serialize(input))!.AsObject();
            yield return SheetRow.Of(InputColumns.All.Select(c => CellValue.Write(Find(json, c.Path), c.Kind)));
        }
    }

    private static JsonNode? Find(JsonObject json, string path)
    {
        JsonNode? node = json;
        foreach (var part in path.Split('.'))
        {
            node = node is JsonObject o && o.TryGetPropertyValue(part, out var child) ? child : null;
        }

        return node;
    }
}
