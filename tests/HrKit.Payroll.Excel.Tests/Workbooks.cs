using MiniExcelLibs;

namespace HrKit.Payroll.Excel.Tests;

/// <summary>Builds test workbooks with MiniExcel directly (not with the code under test) and reads them back as cells.</summary>
internal static class Workbooks
{
    /// <summary>A workbook whose sheet holds <paramref name="rows"/> as given (row 1 first).</summary>
    public static MemoryStream Of(string sheet, params object?[][] rows)
    {
        var stream = new MemoryStream();
        var width = rows.Max(r => r.Length);
        var keyed = rows.Select(r => Enumerable.Range(0, width).ToDictionary(i => ((char)('A' + i)).ToString(), i => i < r.Length ? r[i] : null));
        stream.SaveAs(keyed, printHeader: false, sheetName: sheet);
        stream.Position = 0;
        return stream;
    }

    /// <summary>Every row of a sheet as cells by column letter.</summary>
    public static List<IDictionary<string, object?>> Rows(Stream stream, string sheet)
    {
        stream.Position = 0;
        var rows = stream.Query(useHeaderRow: false, sheetName: sheet).Select(r => (IDictionary<string, object?>)r).ToList();
        stream.Position = 0;
        return rows;
    }
}
