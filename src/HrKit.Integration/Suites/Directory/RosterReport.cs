using HrKit.Integration.Reconciliation;
using NodaTime;

namespace HrKit.Integration.Suites.Directory;

/// <summary>What a directory sync did with what it read, like <see cref="ReconciliationReport"/> does for check-ins.</summary>
public sealed record RosterReport
{
    /// <summary>The company.</summary>
    public required CompanyRef Company { get; init; }

    /// <summary>When the sync started.</summary>
    public Instant StartedAt { get; init; }

    /// <summary>When it finished.</summary>
    public Instant FinishedAt { get; init; }

    /// <summary>Employee records read from the vendor (a user in several departments is read once per department but counted once).</summary>
    public int RecordsRead { get; init; }

    /// <summary>Employees whose record did not change.</summary>
    public int Unchanged { get; init; }

    /// <summary>Employees added, changed or marked as left, in user id order.</summary>
    public IReadOnlyList<RosterChange> Changes { get; init; } = [];

    /// <summary>Vendor records that could not be used, with reasons.</summary>
    public IReadOnlyList<RejectedRecord> Rejected { get; init; } = [];

    /// <summary>
    /// Vendor requests that failed (including a company that cancelled its authorisation mid-sync). When not empty, the
    /// sync is incomplete and nobody was marked as left for being missing: a missing page is not a resignation.
    /// </summary>
    public IReadOnlyList<FailedRequest> FailedRequests { get; init; } = [];

    /// <summary>Whether every vendor request succeeded.</summary>
    public bool IsComplete => FailedRequests.Count == 0;

    /// <summary>The changes of one kind.</summary>
    public IReadOnlyList<RosterChange> Of(RosterChangeKind kind) => [.. Changes.Where(c => c.Kind == kind)];
}
