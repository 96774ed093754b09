using System.Globalization;
using System.Text;

namespace HrKit.Payroll.Engine;

/// <summary>Formatting for payslip explanations: invariant culture, two decimals for money.</summary>
internal static class Explain
{
    public static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    public static string Percent(decimal rate) => (rate * 100m).ToString("0.###", CultureInfo.InvariantCulture) + "%";

    public static string Rounding(RoundingRule rule) => Rounding(Localization.PayrollLocalizer.English, rule);

    /// <summary>The rounding rule in <paramref name="texts"/>' language.</summary>
    public static string Rounding(Localization.PayrollLocalizer texts, RoundingRule rule) => texts[rule switch
    {
        RoundingRule.Fen => "Explain.Rounding.Fen",
        RoundingRule.Jiao => "Explain.Rounding.Jiao",
        RoundingRule.Yuan => "Explain.Rounding.Yuan",
        RoundingRule.YuanUp => "Explain.Rounding.YuanUp",
        _ => "Explain.Rounding.None",
    }];

    /// <summary>A tax table row, e.g. "annual table (预扣率表一) row 10% less quick deduction 2520".</summary>
    public static string Bracket(Localization.PayrollLocalizer texts, string tableKey, Jurisdictions.China.TaxBracket bracket) =>
        texts.Format("Explain.Bracket", texts[tableKey], (bracket.Rate * 100m).ToString("0.##", CultureInfo.InvariantCulture),
            bracket.QuickDeduction.ToString("0.##", CultureInfo.InvariantCulture));

    public static StringBuilder Append(this StringBuilder sb, string name, decimal value) =>
        sb.Append(name).Append('=').Append(Number(value));
}
