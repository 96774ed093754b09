using NodaTime;

namespace HrKit.Points.Ledger;

/// <summary>
/// A manual correction of an account by an administrator (<see cref="IPointsLedgerStore.AdjustAsync"/>): always with a
/// reason, optionally with host-defined metadata, recorded once per <see cref="RequestId"/>.
/// </summary>
/// <param name="RequestId">Client-chosen id; retrying the same adjustment records it once.</param>
/// <param name="EmployeeId">Account owner.</param>
/// <param name="Category">Points category.</param>
/// <param name="Points">Signed amount, within ±<see cref="PointsBounds.MaxPointsPerPosting"/>, not 0.</param>
/// <param name="Reason">Why, in words (1 to <see cref="MaxReasonLength"/> characters); shown in the employee's history.</param>
public sealed record PointsAdjustment(string RequestId, string EmployeeId, string Category, long Points, string Reason)
{
    /// <summary>Longest reason: 500 characters.</summary>
    public const int MaxReasonLength = 500;

    /// <summary>Most metadata entries: 32, each key up to 64 and each value up to 1,024 characters.</summary>
    public const int MaxMetadataEntries = 32;

    /// <summary>Host-defined details (ticket number, approver…).</summary>
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }

    /// <summary>When the corrected event happened; the store's clock when not set.</summary>
    public Instant? OccurredAt { get; init; }
}
