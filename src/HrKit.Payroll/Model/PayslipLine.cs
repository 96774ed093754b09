using System.Text.Json.Serialization;
using HrKit.Payroll.Engine.Explanations;

namespace HrKit.Payroll.Model;

/// <summary>One line of a payslip: what, how much and why.</summary>
/// <param name="Code">Stable component code, e.g. <c>BASE</c>, <c>OT_WORKDAY</c>, <c>SI_PENSION_EE</c>, <c>IIT</c>.</param>
/// <param name="Name">Human-readable name.</param>
/// <param name="Kind">What the line does to pay and cost.</param>
/// <param name="Amount">The amount in the jurisdiction's currency (yuan for China mainland), already rounded as the rule states; deductions are positive numbers.</param>
/// <param name="Explanation">The rule, the inputs used and the formula or bracket that produced the amount.</param>
public sealed record PayslipLine(string Code, string Name, PayslipLineKind Kind, decimal Amount, string Explanation)
{
    private string? _text = Explanation;
    private LineExplanation? _details;

    /// <summary>Creates a line whose explanation is data, formatted into <see cref="Explanation"/> only when read.</summary>
    internal PayslipLine(string code, string name, PayslipLineKind kind, decimal amount, LineExplanation details)
        : this(code, name, kind, amount, Explanation: null!)
    {
        ArgumentNullException.ThrowIfNull(details);
        _details = details;
    }

    /// <summary>The rule, the inputs used and the formula or bracket that produced the amount (formatted on first read).</summary>
    public string Explanation
    {
        get => _text ??= _details?.ToString() ?? "";
        init
        {
            _text = value;
            _details = null;
        }
    }

    /// <summary>The value the built-in name's text is formatted with (a contribution item's local name, a tax code's category), or null.</summary>
    internal string? NameArgument { get; init; }

    /// <summary>
    /// The line's name and explanation in Chinese as they were when a period store saved it (a stored payslip keeps
    /// only text, so the Chinese rendering is kept beside the English); null for a line the engine computed.
    /// </summary>
    internal StoredLineText? StoredChinese { get; init; }

    /// <summary>The explanation as data when the line was built from data; null when it was built from text.</summary>
    internal LineExplanation? DetailsOrNull => _details;

    /// <summary>The explanation as data: the rule that produced the line and the figures it used (not serialized).</summary>
    [JsonIgnore]
    public LineExplanation Details => _details ??= new TextExplanation(Explanation);

    /// <inheritdoc />
    public bool Equals(PayslipLine? other) =>
        other is not null
        && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && Kind == other.Kind
        && Amount == other.Amount
        && string.Equals(Explanation, other.Explanation, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Name, Kind, Amount, Explanation);
}
