using NodaTime;

namespace HrKit.Integration.Reconciliation;

/// <summary>What one sync did with what it read, so its error rate is a number a host can show.</summary>
public sealed record ReconciliationReport
{
    /// <summary>The sync's name, e.g. <c>attendance 2026-10</c>.</summary>
    public required string Name { get; init; }

    /// <summary>When the sync started.</summary>
    public Instant StartedAt { get; init; }

    /// <summary>When the report was produced.</summary>
    public Instant FinishedAt { get; init; }

    /// <summary>Records read from every source.</summary>
    public int RecordsRead { get; init; }

    /// <summary>Records used.</summary>
    public int Accepted { get; init; }

    /// <summary>Records dropped because the same record was already read.</summary>
    public int DuplicatesDropped { get; init; }

    /// <summary>Valid records that belong to a work day outside the synced period (read as margin, not errors).</summary>
    public int OutsidePeriod { get; init; }

    /// <summary>Records rejected, with reasons.</summary>
    public IReadOnlyList<RejectedRecord> Rejected { get; init; } = [];

    /// <summary>Vendor requests that failed; a non-empty list means the sync is incomplete.</summary>
    public IReadOnlyList<FailedRequest> FailedRequests { get; init; } = [];

    /// <summary>Rejected records as a share of records read (0 when nothing was read).</summary>
    public decimal ErrorRate => RecordsRead == 0 ? 0m : Math.Round((decimal)Rejected.Count / RecordsRead, 4);

    /// <summary>Whether every vendor request succeeded.</summary>
    public bool IsComplete => FailedRequests.Count == 0;

    /// <summary>Rejections counted by reason.</summary>
    public IReadOnlyDictionary<RejectionReason, int> RejectedByReason =>
        Rejected.GroupBy(r => r.Reason).ToDictionary(g => g.Key, g => g.Count());
}
