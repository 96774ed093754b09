using HrKit.Points.Model;

namespace HrKit.Points.Ledger;

/// <summary>What a batch append recorded.</summary>
/// <param name="Posted">New postings, after caps and clamping (capped awards are recorded with 0 points).</param>
/// <param name="DuplicateSources">Sources already in the ledger, skipped entirely.</param>
public sealed record AppendResult(IReadOnlyList<Posting> Posted, IReadOnlyList<string> DuplicateSources)
{
    /// <summary>
    /// Events <see cref="Engine.PointsService"/> refused (invalid fields, or a rule that failed on them), with why; none
    /// of their postings were recorded. Always empty from <see cref="IPointsLedgerStore.AppendAsync"/>.
    /// </summary>
    public IReadOnlyList<RejectedEvent> Rejected { get; init; } = [];
}
