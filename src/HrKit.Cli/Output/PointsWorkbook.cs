using HrKit.Points.Model;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using NodaTime;
using NodaTime.Text;

namespace HrKit.Cli.Output;

/// <summary>
/// <c>hrkit points export</c>: balances per employee and category, and every posting of the history, as a workbook
/// with bilingual headings (all in this one table) written row by row with MiniExcel.
/// </summary>
internal static class PointsWorkbook
{
    public const string BalancesSheet = "积分余额 Balances";
    public const string HistorySheet = "积分明细 History";

    private static readonly string[] BalanceHeadings = ["工号 / Employee ID", "类别 / Category", "积分 / Points"];

    private static readonly string[] HistoryHeadings =
    [
        "序号 / Posting", "工号 / Employee ID", "类别 / Category", "积分 / Points", "类型 / Kind", "规则 / Rule", "兑换项 / Item",
        "发生时间 / Occurred at", "记账时间 / Recorded at", "来源 / Source",
    ];

    public static void Write(Stream stream, IEnumerable<(string EmployeeId, CategoryBalance Balance)> balances, IEnumerable<Posting> history, DateTimeZone zone)
    {
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [BalancesSheet] = Rows(BalanceHeadings, balances.Select(b => new object?[] { b.EmployeeId, b.Balance.Category, b.Balance.Points })),
            [HistorySheet] = Rows(HistoryHeadings, history.Select(p => new object?[]
            {
                p.Id, p.EmployeeId, p.Category, p.Points, p.Kind.ToString(), p.RuleName, p.ItemId,
                Local(p.OccurredAt, zone), Local(p.RecordedAt, zone), p.SourceId,
            })),
        };
        stream.SaveAs(sheets, printHeader: false, excelType: ExcelType.XLSX, configuration: new OpenXmlConfiguration
        {
            AutoFilter = false, TableStyles = TableStyles.None, EnableConvertByteArray = false, EnableWriteFilePath = false,
        });
    }

    private static string Local(Instant instant, DateTimeZone zone) =>
        LocalDateTimePattern.GeneralIso.Format(instant.InZone(zone).LocalDateTime);

    // MiniExcel takes the columns from the first row, so the headings are that row and every row has every column.
    private static IEnumerable<Dictionary<string, object?>> Rows(string[] headings, IEnumerable<object?[]> rows)
    {
        yield return Keyed(headings);
        foreach (var row in rows)
        {
            yield return Keyed(row);
        }
    }

    private static Dictionary<string, object?> Keyed(object?[] cells) =>
        cells.Select((c, i) => (Key: ((char)('A' + i)).ToString(), Value: c)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
