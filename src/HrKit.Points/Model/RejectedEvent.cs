using System.Globalization;
using HrKit.Localization;
using HrKit.Points.Localization;

namespace HrKit.Points.Model;

/// <summary>
/// An event of a batch that was not recorded, and why. Nothing of a rejected event is recorded; the rest of its batch
/// is. Fix the event (or the rule) and send it again: a rejected event id was never recorded, so it is not a duplicate.
/// </summary>
/// <param name="Index">The event's position in the batch, from 0.</param>
/// <param name="EventId">The event's id, when it has one.</param>
/// <param name="Field">
/// What is at fault: an event field (<c>eventId</c>, <c>employeeId</c>, <c>type</c>, <c>occurredAt</c>), or, when a rule
/// failed on the event, the rule's <c>Expression</c> or <c>Properties.points</c>.
/// </param>
/// <param name="Reason">What is wrong and how to fix it, in English (<see cref="GetReason"/> gives it in the user's language).</param>
public sealed record RejectedEvent(int Index, string? EventId, string Field, string Reason)
{
    // A built-in reason: Reason is the English rendering of text.
    internal RejectedEvent(int index, string? eventId, string field, LocalMessage text)
        : this(index, eventId, field, text.ToString())
    {
        Text = text;
    }

    /// <summary>The rule that failed on the event, when a rule did.</summary>
    public string? RuleName { get; init; }

    /// <summary>The reason as a resource key with its arguments; null for a reason given as text.</summary>
    internal LocalMessage? Text { get; }

    /// <summary>
    /// <see cref="Reason"/> in the language of <paramref name="culture"/> (zh-CN or English; the current UI culture
    /// when <see langword="null"/>). A reason given as text, or changed with <c>with</c>, is shown as it is.
    /// </summary>
    /// <param name="culture">The language; a culture HrKit has no texts for gets English.</param>
    /// <returns>The reason, naming the same field, rule and value as <see cref="Reason"/>.</returns>
    public string GetReason(CultureInfo? culture = null) =>
        Text is { } text && string.Equals(text.ToString(), Reason, StringComparison.Ordinal)
            ? text.Render(culture ?? CultureInfo.CurrentUICulture)
            : Reason;

    /// <summary>
    /// The rejection as one line (event, position, rule, field and reason) in the language of <paramref name="culture"/>
    /// (the current UI culture when <see langword="null"/>).
    /// </summary>
    /// <param name="culture">The language; a culture HrKit has no texts for gets English.</param>
    /// <returns>E.g. <c>事件“ev-1”（第 0 个）：规则“签到”，Properties.points：算出 2,000,000 积分；…</c>. In English it is <see cref="ToString"/>.</returns>
    public string Describe(CultureInfo? culture = null)
    {
        var c = culture ?? CultureInfo.CurrentUICulture;
        return (RuleName is null
            ? PointsText.Of("Rejected.Event", EventId, Index, Field, GetReason(c))
            : PointsText.Of("Rejected.EventRule", EventId, Index, RuleName, Field, GetReason(c))).Render(c);
    }

    /// <inheritdoc />
    public override string ToString() => Describe(CultureInfo.InvariantCulture);
}
