using System.Collections.Immutable;
using System.Globalization;

namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>A progressive tax table with quick deductions (速算扣除数).</summary>
public sealed class TaxTable
{
    /// <summary>
    /// 个人所得税预扣率表一 (居民个人工资、薪金所得预扣预缴适用): the annual comprehensive income table, applied to cumulative
    /// taxable income under cumulative withholding (国家税务总局公告2018年第61号). Read from <c>china-parameters.json</c>.
    /// </summary>
    public static TaxTable AnnualComprehensiveIncome { get; } = FromParameters("annual table (预扣率表一)", ChinaParameters.AnnualTable);

    /// <summary>
    /// 按月换算后的综合所得税率表: used for an annual one-time bonus taxed separately (财税〔2018〕164号), looked up with the
    /// bonus divided by 12. Read from <c>china-parameters.json</c>.
    /// </summary>
    public static TaxTable MonthlyConverted { get; } = FromParameters("monthly-converted table (按月换算后的综合所得税率表)", ChinaParameters.MonthlyConvertedTable);

    // The law states both tables as rows with quick deductions (速算扣除数); the data file states them as marginal bands.
    // A row's quick deduction is what makes rate × income equal the marginal sum: threshold × rate − tax at threshold.
    private static TaxTable FromParameters(string name, string parameter)
    {
        var scale = ChinaParameters.BuiltIn.Scale(parameter).Values[^1].Value;
        var bands = scale.Brackets;
        var rows = new TaxBracket[bands.Length];
        for (var i = 0; i < bands.Length; i++)
        {
            var upTo = i + 1 < bands.Length ? bands[i + 1].Threshold : decimal.MaxValue;
            rows[i] = new TaxBracket(upTo, bands[i].Rate, (bands[i].Threshold * bands[i].Rate) - scale.Apply(bands[i].Threshold));
        }

        return new TaxTable(name, [.. rows]);
    }

    /// <summary>
    /// 个人所得税预扣率表二 (居民个人劳务报酬所得预扣预缴适用, 国家税务总局公告2018年第61号): applied to one payment's
    /// 预扣预缴应纳税所得额 of labour remuneration (see <see cref="NonWageIncomeWithholding"/>). Read from
    /// <c>china-parameters.json</c>: 20 % to 20 000, 30 % − 2 000 to 50 000, 40 % − 7 000 above.
    /// </summary>
    public static TaxTable LabourRemunerationPrepayment { get; } = FromParameters("labour remuneration table (预扣率表二)", ChinaParameters.LabourRemunerationTable);

    private TaxTable(string name, ImmutableArray<TaxBracket> brackets)
    {
        Name = name;
        Brackets = brackets;
    }

    /// <summary>The table's name as used in payslip explanations.</summary>
    public string Name { get; }

    /// <summary>The rows, ascending.</summary>
    public ImmutableArray<TaxBracket> Brackets { get; }

    /// <summary>The row that applies to <paramref name="amount"/> (amounts at or below zero use the first row).</summary>
    public TaxBracket Find(decimal amount)
    {
        foreach (var bracket in Brackets)
        {
            // FastDecimal.Compare: the operator's answer without its call (once per payslip on the bulk path).
            if (FastDecimal.Compare(amount, bracket.UpTo) <= 0)
            {
                return bracket;
            }
        }

        return Brackets[^1];
    }

    /// <summary>Describes a row for explanations, e.g. "10% less 2520".</summary>
    public static string Describe(TaxBracket bracket) =>
        string.Create(CultureInfo.InvariantCulture, $"{bracket.Rate * 100:0.##}% less quick deduction {bracket.QuickDeduction:0.##}");
}
