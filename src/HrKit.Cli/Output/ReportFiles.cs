using HrKit.Cli.Errors;
using HrKit.Cli.Output.Html;
using HrKit.Payroll.Excel;
using HrKit.Payroll.Reports;
using HrKit.Points;
using HrKit.Points.Analytics;
using HrKit.Points.Ledger;
using Microsoft.Extensions.Options;
using NodaTime;

namespace HrKit.Cli.Output;

/// <summary><c>--report FILE</c>: the pay run's report as one HTML page or as a workbook, chosen by the file's extension.</summary>
internal static class ReportFiles
{
    public enum Kind
    {
        Html,
        Xlsx,
    }

    public static Kind? KindOf(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".HTML" or ".HTM" => Kind.Html,
        ".XLSX" => Kind.Xlsx,
        _ => null,
    };

    public static async Task WriteAsync(string path, StreamWriter writer, PayrollReport report, string? pointsDb, DateInterval? months, CancellationToken cancellationToken)
    {
        if (KindOf(path) == Kind.Xlsx)
        {
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            PayrollExcel.WriteReport(writer.BaseStream, report);
            return;
        }

        var points = pointsDb is not null && months is not null ? await PointsAsync(pointsDb, months, cancellationToken).ConfigureAwait(false) : null;
        PayRunHtmlReport.Write(writer, report, points);
    }

    private static async Task<PointsReport> PointsAsync(string path, DateInterval months, CancellationToken cancellationToken)
    {
        var store = SqlitePointsLedgerStore.Create(path, SystemClock.Instance);
        await using var scope = store.ConfigureAwait(false);
        try
        {
            return await new PointsAnalytics(store, Options.Create(new PointsOptions())).GetReportAsync(months.Start, months.End, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is PointsException or Microsoft.Data.Sqlite.SqliteException)
        {
            throw new CliDataException(CliStrings.Format("Err.LedgerUnreadable", path, ex.Message), ex);
        }
    }
}
