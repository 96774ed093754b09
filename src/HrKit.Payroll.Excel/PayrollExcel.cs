using HrKit.Payroll.Excel.Input;
using HrKit.Payroll.Excel.Output;
using HrKit.Payroll.Model;
using HrKit.Payroll.Reports;
using HrKit.Payroll.Serialization;
using MiniExcelLibs;

namespace HrKit.Payroll.Excel;

/// <summary>
/// Payroll in Excel workbooks (.xlsx, docs/excel.md), streamed with MiniExcel: rows are read and written one at a time,
/// so memory does not grow with the number of employees. Headings are bilingual (<c>工号 / Employee ID</c>).
/// </summary>
public static class PayrollExcel
{
    /// <summary>The sheet the input template writes and <see cref="ReadInputs"/> reads (<c>Employees</c> is accepted too).</summary>
    public const string InputSheetName = InputColumns.SheetName;

    /// <summary>Writes the input template: the 员工 sheet with every column's heading and no rows, and a sheet explaining each column.</summary>
    /// <param name="stream">Where the workbook goes.</param>
    /// <exception cref="IOException">Writing to <paramref name="stream"/> failed.</exception>
    public static void WriteTemplate(Stream stream) => WriteInputs(stream, []);

    /// <summary>Writes employee-months in the input format (the template with rows), streaming <paramref name="inputs"/>.</summary>
    /// <param name="stream">Where the workbook goes.</param>
    /// <param name="inputs">The employee-months, enumerated once.</param>
    /// <exception cref="ArgumentException">
    /// An input carries <see cref="EmployeeMonthInput.JurisdictionInput"/> or <see cref="EmployeeMonthInput.JurisdictionYearToDate"/>,
    /// which have no columns (write such employees as JSON); the workbook is then incomplete.
    /// </exception>
    /// <exception cref="IOException">Writing to <paramref name="stream"/> failed.</exception>
    public static void WriteInputs(Stream stream, IEnumerable<EmployeeMonthInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(inputs);
        XlsxInputWriter.Write(stream, inputs);
    }

    /// <summary>
    /// Reads employee-months from the 员工 sheet (or <c>Employees</c>), lazily: one row is held at a time. Row 1 holds
    /// headings (the template's, or their Chinese or English part alone, in any order); each later non-empty row is
    /// one record whose <see cref="PayrollInputRecord.Line"/> is its row number. A cell that cannot be read makes its
    /// record an error naming the file, sheet, row and column, and the next row is read.
    /// </summary>
    /// <param name="stream">The workbook; it must be seekable (a file, or a buffered upload).</param>
    /// <param name="fileName">The name errors give the file, e.g. <c>input.xlsx</c>.</param>
    /// <exception cref="PayrollDataException">
    /// Thrown while enumerating: the file is empty or not an .xlsx workbook, it has no 员工 sheet, row 1 is missing, has
    /// a heading the template does not know, a heading twice or no 工号 column, or the sheet's XML is broken.
    /// </exception>
    public static IEnumerable<PayrollInputRecord> ReadInputs(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        return new XlsxInputReader(fileName).Read(stream);
    }

    /// <summary>Writes the payroll register (工资表): one row per payslip with the totals, streaming <paramref name="payslips"/>.</summary>
    /// <exception cref="IOException">Writing to <paramref name="stream"/> failed.</exception>
    public static void WriteRegister(Stream stream, IEnumerable<Payslip> payslips)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(payslips);
        stream.SaveAs(RegisterSheet.Rows(payslips), printHeader: false, sheetName: OutputHeadings.RegisterSheet, excelType: ExcelType.XLSX,
            configuration: ExcelFiles.WriteConfiguration());
    }

    /// <summary>
    /// Writes the classic 工资条 (payslip strips): for every employee a header row naming the payslip's lines, the
    /// figures under it and a blank row to cut along, ready to print; streaming <paramref name="payslips"/>.
    /// </summary>
    /// <exception cref="IOException">Writing to <paramref name="stream"/> failed.</exception>
    public static void WritePayslipStrips(Stream stream, IEnumerable<Payslip> payslips)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(payslips);
        stream.SaveAs(PayslipStripsSheet.Rows(payslips), printHeader: false, sheetName: OutputHeadings.StripsSheet, excelType: ExcelType.XLSX,
            configuration: ExcelFiles.WriteConfiguration(header: false));
    }

    /// <summary>Writes the company report: pay structure, department costs, overtime share and alerts, one sheet each.</summary>
    /// <exception cref="IOException">Writing to <paramref name="stream"/> failed.</exception>
    public static void WriteReport(Stream stream, PayrollReport report)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(report);
        stream.SaveAs(ReportSheets.Of(report), printHeader: false, excelType: ExcelType.XLSX, configuration: ExcelFiles.WriteConfiguration());
    }
}
