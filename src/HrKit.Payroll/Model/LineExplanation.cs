namespace HrKit.Payroll.Model;

/// <summary>
/// Why a payslip line has its amount, as data: the rule (<see cref="Kind"/>) and the figures it used
/// (<see cref="Figures"/>). The text (<see cref="ToString"/>, and <see cref="PayslipLine.Explanation"/>) is formatted
/// only when asked for, so a bulk run that never prints explanations never builds their strings.
/// </summary>
public abstract class LineExplanation
{
    private protected LineExplanation()
    {
    }

    /// <summary>Which rule produced the line.</summary>
    public abstract LineExplanationKind Kind { get; }

    /// <summary>The figures the explanation quotes, by name, in the order the text uses them; computed on each call.</summary>
    public abstract IReadOnlyList<KeyValuePair<string, decimal>> Figures { get; }

    /// <summary>The explanation as text, in invariant culture: rule, inputs and formula or bracket.</summary>
    public abstract override string ToString();

    /// <summary>The explanation in <paramref name="texts"/>' language; the English text for rules not translated.</summary>
    internal virtual string Describe(Localization.PayrollLocalizer texts) => ToString();
}
