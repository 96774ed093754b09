namespace HrKit.Points.Policies;

/// <summary>A rule that threw or computed an out-of-range amount for one event; the event is rejected, not the batch.</summary>
internal sealed record RuleFailure(string RuleName, string Field, string Reason);
