using NodaTime;

namespace HrKit.Points.Model;

/// <summary>
/// One immutable ledger line. Balances are the sum of postings (each account also keeps its running total, written in
/// the same transaction); postings are never updated or deleted.
/// </summary>
/// <param name="Id">Store-assigned, increasing in recording order.</param>
/// <param name="SourceId">The event or request that caused it; one source is processed at most once.</param>
/// <param name="IdempotencyKey">Unique per posting.</param>
/// <param name="EmployeeId">Account owner.</param>
/// <param name="Category">Points category, e.g. <c>general</c> or <c>learning</c>.</param>
/// <param name="Points">Signed amount.</param>
/// <param name="Kind">Why the posting exists.</param>
/// <param name="OccurredAt">When the underlying event happened.</param>
/// <param name="RecordedAt">When the ledger recorded it.</param>
public sealed record Posting(
    long Id,
    string SourceId,
    string IdempotencyKey,
    string EmployeeId,
    string Category,
    long Points,
    PostingKind Kind,
    Instant OccurredAt,
    Instant RecordedAt)
{
    /// <summary>The policy rule that awarded it, for <see cref="PostingKind.Award"/>.</summary>
    public string? RuleName { get; init; }

    /// <summary>The event type that triggered it, for <see cref="PostingKind.Award"/>.</summary>
    public string? EventType { get; init; }

    /// <summary>The catalog item bought, for <see cref="PostingKind.Redemption"/>.</summary>
    public string? ItemId { get; init; }

    /// <summary>The reversed posting (for reversals) or the expired lot (for expiries).</summary>
    public long? RelatedPostingId { get; init; }

    /// <summary>When unspent points of this credit expire; <see langword="null"/> = never.</summary>
    public Instant? ExpiresAt { get; init; }

    /// <summary>Bucket a rule cap is counted in (rule + day or month), when the rule has a cap.</summary>
    public string? CapKey { get; init; }

    /// <summary>Why it was made, for <see cref="PostingKind.Adjustment"/> (required there) and voided holds.</summary>
    public string? Reason { get; init; }

    /// <summary>Host-defined details of an adjustment (ticket number, approver…); <see langword="null"/> when none.</summary>
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }
}
