using System.Xml;
using HrKit.Payroll.Localization;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace HrKit.Payroll.Excel;

/// <summary>MiniExcel settings and error translation shared by every reader and writer of this package.</summary>
internal static class ExcelFiles
{
    /// <summary>
    /// For reading: cells that look like MiniExcel's embedded-file markers stay text (a hostile workbook cannot make
    /// the reader open other parts of the package), empty rows are kept so row numbers match what Excel shows.
    /// </summary>
    public static OpenXmlConfiguration ReadConfiguration() => new()
    {
        EnableConvertByteArray = false,
        IgnoreEmptyRows = false,
        FillMergedCells = false,
    };

    /// <summary>For writing: streamed (no seeking back), no filter buttons, the first row frozen when it is a header.</summary>
    public static OpenXmlConfiguration WriteConfiguration(bool header = true) => new()
    {
        FastMode = false,
        AutoFilter = false,
        FreezeRowCount = header ? 1 : 0,
        TableStyles = TableStyles.None,
        EnableConvertByteArray = false,
        EnableWriteFilePath = false,
    };

    /// <summary>Whether <paramref name="ex"/> is how MiniExcel or the zip reader says a file is not a readable workbook.</summary>
    public static bool IsUnreadable(Exception ex) =>
        ex is InvalidDataException or XmlException or InvalidOperationException or FormatException or NotSupportedException
            or IndexOutOfRangeException or ArgumentException or NullReferenceException or KeyNotFoundException
        || ex is IOException && ex is not FileNotFoundException;

    /// <summary>The sheet names of a workbook.</summary>
    /// <exception cref="PayrollDataException">The stream is empty or not an .xlsx workbook.</exception>
    public static IReadOnlyList<string> SheetNames(Stream stream, string fileName)
    {
        if (stream.CanSeek && stream.Length == 0)
        {
            throw new PayrollDataException(new PayrollMessage("Error.Excel.EmptyFile", fileName, Input.InputColumns.TemplateCommand));
        }

        try
        {
            var names = stream.GetSheetNames(ReadConfiguration());
            Rewind(stream);
            return names;
        }
        catch (Exception ex) when (IsUnreadable(ex))
        {
            throw new PayrollDataException(new PayrollMessage("Error.Excel.NotAWorkbook", fileName, ex.Message), ex);
        }
    }

    public static void Rewind(Stream stream)
    {
        if (stream.CanSeek)
        {
            stream.Position = 0;
        }
    }

    /// <summary>Excel's column letters for a 0-based index: 0 → A, 26 → AA.</summary>
    public static string ColumnLetters(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>The 0-based index of Excel column letters: A → 0, AA → 26.</summary>
    public static int ColumnIndex(string letters)
    {
        var index = 0;
        foreach (var c in letters)
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }
}
