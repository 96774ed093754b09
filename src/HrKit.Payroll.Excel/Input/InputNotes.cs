namespace HrKit.Payroll.Excel.Input;

/// <summary>The template's second sheet: what each column holds and how to write it. Its texts live here, in one table.</summary>
internal static class InputNotes
{
    public const string SheetName = "说明 Notes";

    private static readonly (string Chinese, string English)[] Headings = [("列", "Column"), ("字段", "Field"), ("格式", "Format")];

    private static readonly Dictionary<CellKind, string> Formats = new()
    {
        [CellKind.Text] = "文本 / text",
        [CellKind.Number] = "数字, 小数点用 '.' / number, '.' for decimals: 8000.50",
        [CellKind.Integer] = "整数 / whole number: 3",
        [CellKind.Month] = "月份 / month: 2025-06",
        [CellKind.Date] = "日期 / date: 2025-06-01",
        [CellKind.Boolean] = "是 / 否 (yes / no)",
        [CellKind.NamedAmounts] = "名称=金额; … / name=amount; …: meal=600; transport=300",
        [CellKind.BonusTaxMethod] = "separate (单独计税) / merged (并入综合所得)",
    };

    public static IEnumerable<IDictionary<string, object?>> Rows()
    {
        yield return SheetRow.Of(Headings.Select(h => (object?)$"{h.Chinese} / {h.English}"));
        foreach (var column in InputColumns.All)
        {
            yield return SheetRow.Of([column.Heading, column.Path, Formats[column.Kind]]);
        }
    }
}
