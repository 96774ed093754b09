using HrKit.Localization;

namespace HrKit.Points.Policies;

/// <summary>A rule that threw or computed an out-of-range amount for one event; the event is rejected, not the batch.</summary>
/// <param name="RuleName">The rule.</param>
/// <param name="Field">The rule part that failed: <c>Expression</c>, <c>Properties.points</c> or <c>Properties.multiplier</c>.</param>
/// <param name="Reason">Why, as a resource key with its arguments (rendered in the reader's language).</param>
internal sealed record RuleFailure(string RuleName, string Field, LocalMessage Reason);
