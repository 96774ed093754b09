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
/// <param name="Reason">What is wrong and how to fix it.</param>
public sealed record RejectedEvent(int Index, string? EventId, string Field, string Reason)
{
    /// <summary>The rule that failed on the event, when a rule did.</summary>
    public string? RuleName { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"event '{EventId}' (#{Index}): " + (RuleName is null ? "" : $"rule '{RuleName}': ") + $"{Field}: {Reason}";
}
