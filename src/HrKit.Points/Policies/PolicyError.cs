using System.Globalization;
using HrKit.Localization;
using HrKit.Points.Localization;

namespace HrKit.Points.Policies;

/// <summary>One problem found while loading a policy.</summary>
/// <param name="RuleName">The rule at fault, or <see langword="null"/> for the policy as a whole.</param>
/// <param name="Field">The JSON field at fault, e.g. <c>Expression</c> or <c>Properties.points</c>.</param>
/// <param name="Message">What is wrong and how to fix it, in English (<see cref="GetMessage"/> gives it in the user's language).</param>
public sealed record PolicyError(string? RuleName, string Field, string Message)
{
    // A built-in problem: Message is the English rendering of text.
    internal PolicyError(string? ruleName, string field, LocalMessage text)
        : this(ruleName, field, text.ToString())
    {
        Text = text;
    }

    /// <summary>The problem as a resource key with its arguments; null for a message given as text.</summary>
    internal LocalMessage? Text { get; }

    /// <summary>
    /// <see cref="Message"/> in the language of <paramref name="culture"/> (zh-CN or English; the current UI culture
    /// when <see langword="null"/>), for the HR staff who write policies.
    /// </summary>
    /// <param name="culture">The language; a culture HrKit has no texts for gets English.</param>
    /// <returns>The message, naming the same rule, field and values as <see cref="Message"/>.</returns>
    public string GetMessage(CultureInfo? culture = null) => Text?.Render(culture ?? CultureInfo.CurrentUICulture) ?? Message;

    /// <summary>
    /// The problem as one line, with its rule and field, in the language of <paramref name="culture"/> (the current UI
    /// culture when <see langword="null"/>): <c>规则“签到”，Properties.points：缺失；…</c>. In English it is <see cref="ToString"/>.
    /// </summary>
    /// <param name="culture">The language; a culture HrKit has no texts for gets English.</param>
    /// <returns>The line, naming the same rule and field in every language.</returns>
    public string Describe(CultureInfo? culture = null)
    {
        var c = culture ?? CultureInfo.CurrentUICulture;
        return RuleName is null
            ? PointsText.Of("Policy.Error", Field, GetMessage(c)).Render(c)
            : PointsText.Of("Policy.RuleError", RuleName, Field, GetMessage(c)).Render(c);
    }

    /// <inheritdoc />
    public override string ToString() => Describe(CultureInfo.InvariantCulture);
}
