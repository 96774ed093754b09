using HrKit.Points.Model;
using NodaTime;

namespace HrKit.Points.Ledger;

/// <summary>Filter for ledger history; every set property must match. Results are in recording order.</summary>
public sealed record PostingQuery
{
    /// <summary>Only this employee.</summary>
    public string? EmployeeId { get; init; }

    /// <summary>Only this category.</summary>
    public string? Category { get; init; }

    /// <summary>Only this kind.</summary>
    public PostingKind? Kind { get; init; }

    /// <summary>Only events that occurred at or after this instant.</summary>
    public Instant? From { get; init; }

    /// <summary>Only events that occurred before this instant.</summary>
    public Instant? To { get; init; }

    /// <summary>Only postings in this cap bucket.</summary>
    public string? CapKey { get; init; }

    /// <summary>Only postings caused by this source.</summary>
    public string? SourceId { get; init; }

    /// <summary>Only postings recorded at or before this instant (balances as of a date).</summary>
    internal Instant? RecordedAtOrBefore { get; init; }

    internal bool Matches(Posting p) =>
        (EmployeeId is null || p.EmployeeId == EmployeeId)
        && (Category is null || p.Category == Category)
        && (Kind is null || p.Kind == Kind)
        && (From is null || p.OccurredAt >= From)
        && (To is null || p.OccurredAt < To)
        && (CapKey is null || p.CapKey == CapKey)
        && (SourceId is null || p.SourceId == SourceId)
        && (RecordedAtOrBefore is null || p.RecordedAt <= RecordedAtOrBefore);
}
