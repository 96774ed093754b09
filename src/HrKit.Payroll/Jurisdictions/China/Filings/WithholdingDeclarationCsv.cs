using System.Collections.Immutable;
using System.Text;

namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>
/// The monthly individual income tax withholding declaration (扣缴申报) as CSV, one file per income item, in the
/// column order of the import templates of the tax bureau's withholding client (自然人电子税务局（扣缴端）; sources
/// and the template versions in docs/payroll-china.md, "Monthly filings"). UTF-8 with a byte order mark, so that
/// Excel opens the Chinese headers; save as .xlsx in Excel to import until HrKit writes xlsx itself.
/// </summary>
public static class WithholdingDeclarationCsv
{
    /// <summary>The 24 columns of the 正常工资薪金所得 template, in order.</summary>
    public static ImmutableArray<string> WageColumns { get; } =
    [
        "工号", "*姓名", "*证件类型", "*证件号码", "本期收入", "本期免税收入",
        "基本养老保险费", "基本医疗保险费", "失业保险费", "住房公积金",
        "累计子女教育", "累计继续教育", "累计住房贷款利息", "累计住房租金", "累计赡养老人", "累计3岁以下婴幼儿照护", "累计个人养老金",
        "企业(职业)年金", "商业健康保险", "税延养老保险", "其他", "准予扣除的捐赠额", "减免税额", "备注",
    ];

    /// <summary>The 14 columns of the 劳务报酬（一般劳务、其他非连续劳务） template, in order.</summary>
    public static ImmutableArray<string> LabourColumns { get; } =
    [
        "工号", "*姓名", "*证件类型", "*证件号码", "*所得项目", "本期收入", "本期免税收入",
        "商业健康保险", "税延养老保险", "其他", "允许扣除的税费", "减免税额", "协定减免", "备注",
    ];

    /// <summary>The 所得项目 value of a one-off labour remuneration payment.</summary>
    public const string GeneralLabourIncomeItem = "一般劳务报酬所得";

    /// <summary>Writes the wage declaration; returns the number of rows written.</summary>
    /// <remarks>
    /// The cumulative special additional deduction columns are left empty: the client fills them from what employees
    /// declared through the 个人所得税 app. Fill them in the client for employees who declared to you on paper.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<int> WriteWagesAsync(IAsyncEnumerable<WageDeclarationRow> rows, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return await WriteAsync(WageColumns, rows, r =>
        [
            r.Identity.EmployeeId, r.Identity.Name, r.Identity.IdType, r.Identity.IdNumber,
            CsvText.Amount(r.Income), CsvText.Amount(r.TaxFreeIncome),
            CsvText.Amount(r.Pension), CsvText.Amount(r.Medical), CsvText.Amount(r.Unemployment), CsvText.Amount(r.HousingFund),
            "", "", "", "", "", "", "", "", "", "",
            CsvText.OptionalAmount(r.OtherDeductions), "", "", "",
        ], output, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the labour remuneration declaration, one row per payment; returns the number of rows written.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A payment is author's remuneration or royalties (they have their own sheets in the client).</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<int> WriteLabourAsync(IAsyncEnumerable<(TaxpayerIdentity Identity, NonWageWithholdingResult Payment)> rows, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return await WriteAsync(LabourColumns, rows, r =>
        {
            if (r.Payment.Kind != NonWageIncomeKind.LabourRemuneration)
            {
                throw new ArgumentException($"The payment to '{r.Identity.EmployeeId}' is {NonWageIncomeWithholding.Describe(r.Payment.Kind)}; only labour remuneration goes in this file.", nameof(rows));
            }

            return
            [
                r.Identity.EmployeeId, r.Identity.Name, r.Identity.IdType, r.Identity.IdNumber, GeneralLabourIncomeItem,
                CsvText.Amount(r.Payment.Payment), "", "", "", "", "", "", "", "",
            ];
        }, output, cancellationToken).ConfigureAwait(false);
    }

    internal static async Task<int> WriteAsync<T>(ImmutableArray<string> columns, IAsyncEnumerable<T> rows, Func<T, string[]> fields, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 16 * 1024, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            writer.NewLine = "\r\n";
            await writer.WriteLineAsync(CsvText.Line(columns)).ConfigureAwait(false);
            var count = 0;
            await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                await writer.WriteLineAsync(CsvText.Line(fields(row).Select(CsvText.Field))).ConfigureAwait(false);
                count++;
            }

            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            return count;
        }
    }
}
