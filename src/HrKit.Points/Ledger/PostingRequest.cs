using HrKit.Points.Model;
using NodaTime;

namespace HrKit.Points.Ledger;

/// <summary>A posting to record. The store applies the rule cap, then the rule budget, and never lets a penalty go below zero.</summary>
/// <param name="SourceId">The event id; if any posting of this source exists, the whole source is skipped.</param>
/// <param name="IdempotencyKey">Unique per posting, e.g. <c>eventId/ruleName</c>.</param>
/// <param name="EmployeeId">Account owner.</param>
/// <param name="Category">Points category.</param>
/// <param name="Points">Signed amount before cap and clamping.</param>
/// <param name="OccurredAt">When the event happened.</param>
public sealed record PostingRequest(string SourceId, string IdempotencyKey, string EmployeeId, string Category, long Points, Instant OccurredAt)
{
    /// <summary>The awarding rule.</summary>
    public string? RuleName { get; init; }

    /// <summary>The event type.</summary>
    public string? EventType { get; init; }

    /// <summary>When the points expire, for credits.</summary>
    public Instant? ExpiresAt { get; init; }

    /// <summary>The cap bucket; postings sharing it may add up to at most <see cref="CapLimit"/>.</summary>
    public string? CapKey { get; init; }

    /// <summary>The cap for <see cref="CapKey"/>.</summary>
    public long? CapLimit { get; init; }

    /// <summary>
    /// The budget of <see cref="RuleName"/> (required with it) in the period holding <see cref="OccurredAt"/>: applied
    /// after the cap, across every employee of the store's tenant.
    /// </summary>
    public PostingBudget? Budget { get; init; }
}
