using System.Globalization;
using HrKit.Audit;
using HrKit.Points.Model;
using NodaTime;

namespace HrKit.Points.Ledger;

/// <summary>
/// Manual points adjustments and reversals by a named person, through the ledger's public API, each recorded in the
/// audit log when one is given (kind <c>points.adjustment</c>, subject <c>points/{employee}/{category}</c>). Without
/// an audit log it behaves exactly like calling the ledger directly.
/// </summary>
/// <param name="store">The ledger.</param>
/// <param name="clock">When adjustments occur.</param>
/// <param name="auditLog">Where adjustments are recorded; null records nothing.</param>
public sealed class PointsAdjustments(IPointsLedgerStore store, IClock clock, IAuditLog? auditLog = null)
{
    /// <summary>The <see cref="PostingRequest.EventType"/> of adjustment postings; their source id is <c>adjust/{adjustmentId}</c>.</summary>
    public const string EventType = "manual-adjustment";

    /// <summary>
    /// Credits (positive) or debits (negative, never below zero) an account once per <paramref name="adjustmentId"/>:
    /// the same id again records nothing and returns null.
    /// </summary>
    /// <exception cref="ArgumentException">An id, the actor or the reason is empty.</exception>
    /// <exception cref="PointsInputException">The posting breaks <see cref="PointsBounds"/>.</exception>
    /// <exception cref="PointsLedgerException">The ledger refused it (e.g. the balance limit).</exception>
    /// <exception cref="AuditLogException">The adjustment was recorded but the audit log refused the entry.</exception>
    public async Task<Posting?> AdjustAsync(string adjustmentId, string employeeId, string category, long points, string actor, string reason,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(adjustmentId);
        ArgumentException.ThrowIfNullOrWhiteSpace(employeeId);
        ArgumentException.ThrowIfNullOrWhiteSpace(category);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var source = $"adjust/{adjustmentId}";
        var result = await store.AppendAsync([new PostingRequest(source, source, employeeId, category, points, clock.GetCurrentInstant()) { EventType = EventType, RuleName = "manual" }],
            cancellationToken).ConfigureAwait(false);
        if (result.Posted.Count == 0)
        {
            return null;
        }

        var posted = result.Posted[0];
        await auditLog.RecordAsync(AuditKinds.PointsAdjustment, actor, $"points/{employeeId}/{category}",
            string.Create(CultureInfo.InvariantCulture, $"{posted.Points:+#;-#;0} points ({adjustmentId}): {reason}"),
            string.Create(CultureInfo.InvariantCulture, $"{posted.Id}\n{source}\n{employeeId}\n{category}\n{posted.Points}\n{reason}"), cancellationToken).ConfigureAwait(false);
        return posted;
    }

    /// <summary>Reverses a posting by hand (the ledger's <see cref="IPointsLedgerStore.ReverseAsync"/>), recording who and why.</summary>
    /// <exception cref="ArgumentException">The actor or the reason is empty.</exception>
    /// <exception cref="PointsLedgerException">The ledger refused it (unknown posting).</exception>
    /// <exception cref="AuditLogException">The reversal was recorded but the audit log refused the entry.</exception>
    public async Task<Posting> ReverseAsync(long postingId, string actor, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var reversal = await store.ReverseAsync(postingId, cancellationToken).ConfigureAwait(false);
        await auditLog.RecordAsync(AuditKinds.PointsAdjustment, actor, $"points/{reversal.EmployeeId}/{reversal.Category}",
            string.Create(CultureInfo.InvariantCulture, $"posting {postingId} reversed ({reversal.Points:+#;-#;0} points): {reason}"),
            string.Create(CultureInfo.InvariantCulture, $"{reversal.Id}\n{postingId}\n{reason}"), cancellationToken).ConfigureAwait(false);
        return reversal;
    }
}
