namespace HrKit.Payroll;

/// <summary>Rounding helpers for yuan amounts. Every rounding in HrKit.Payroll goes through here, so it is stated once.</summary>
public static class Money
{
    /// <summary>Rounds to the fen (0.01 yuan), half away from zero (四舍五入), the rule for tax and pay lines.</summary>
    public static decimal RoundToFen(decimal amount) => FastDecimal.RoundAwayFromZero(amount, 2);

    /// <summary>Rounds with the given rule.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rule"/> is not a defined <see cref="RoundingRule"/>.</exception>
    // Most amounts already have no more decimals than the rule keeps (a base times a two-decimal rate, a sum of fen),
    // and reading the scale costs a fraction of Math.Round, which the bulk path called several times per payslip;
    // FastDecimal returns those as they are and rounds the rest on their 64-bit integer, as Math.Round would.
    public static decimal Round(decimal amount, RoundingRule rule) => rule switch
    {
        RoundingRule.Fen => RoundToFen(amount),
        RoundingRule.Jiao => FastDecimal.RoundAwayFromZero(amount, 1),
        RoundingRule.Yuan => FastDecimal.RoundAwayFromZero(amount, 0),
        RoundingRule.YuanUp => amount.Scale == 0 ? amount : Math.Ceiling(amount),
        RoundingRule.None => amount,
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown rounding rule."),
    };
}
