using System.Globalization;
using System.Text;

namespace HrKit.Payroll.Engine;

/// <summary>Formatting for payslip explanations: invariant culture, two decimals for money.</summary>
internal static class Explain
{
    public static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    public static string Percent(decimal rate) => (rate * 100m).ToString("0.###", CultureInfo.InvariantCulture) + "%";

    public static string Rounding(RoundingRule rule) => rule switch
    {
        RoundingRule.Fen => "rounded to the fen",
        RoundingRule.Jiao => "rounded to the jiao",
        RoundingRule.Yuan => "rounded to the yuan",
        RoundingRule.YuanUp => "rounded up to the yuan",
        _ => "not rounded",
    };

    public static StringBuilder Append(this StringBuilder sb, string name, decimal value) =>
        sb.Append(name).Append('=').Append(Number(value));
}
