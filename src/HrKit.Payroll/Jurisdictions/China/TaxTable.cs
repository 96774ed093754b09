using System.Collections.Immutable;
using System.Globalization;

namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>A progressive tax table with quick deductions (速算扣除数).</summary>
public sealed class TaxTable
{
    /// <summary>
    /// 个人所得税预扣率表一 (居民个人工资、薪金所得预扣预缴适用): the annual comprehensive income table, applied to cumulative
    /// taxable income under cumulative withholding (国家税务总局公告2018年第61号).
    /// </summary>
    public static TaxTable AnnualComprehensiveIncome { get; } = new("annual table (预扣率表一)",
    [
        new(36_000m, 0.03m, 0m),
        new(144_000m, 0.10m, 2_520m),
        new(300_000m, 0.20m, 16_920m),
        new(420_000m, 0.25m, 31_920m),
        new(660_000m, 0.30m, 52_920m),
        new(960_000m, 0.35m, 85_920m),
        new(decimal.MaxValue, 0.45m, 181_920m),
    ]);

    /// <summary>
    /// 按月换算后的综合所得税率表: used for an annual one-time bonus taxed separately (财税〔2018〕164号), looked up with the
    /// bonus divided by 12.
    /// </summary>
    public static TaxTable MonthlyConverted { get; } = new("monthly-converted table (按月换算后的综合所得税率表)",
    [
        new(3_000m, 0.03m, 0m),
        new(12_000m, 0.10m, 210m),
        new(25_000m, 0.20m, 1_410m),
        new(35_000m, 0.25m, 2_660m),
        new(55_000m, 0.30m, 4_410m),
        new(80_000m, 0.35m, 7_160m),
        new(decimal.MaxValue, 0.45m, 15_160m),
    ]);

    /// <summary>
    /// 个人所得税预扣率表二 (居民个人劳务报酬所得预扣预缴适用, 国家税务总局公告2018年第61号): applied to one payment's
    /// 预扣预缴应纳税所得额 of labour remuneration (see <see cref="NonWageIncomeWithholding"/>).
    /// </summary>
    public static TaxTable LabourRemunerationPrepayment { get; } = new("labour remuneration table (预扣率表二)",
    [
        new(20_000m, 0.20m, 0m),
        new(50_000m, 0.30m, 2_000m),
        new(decimal.MaxValue, 0.40m, 7_000m),
    ]);

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
            if (amount <= bracket.UpTo)
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
