namespace HrKit.Audit;

/// <summary>
/// How a policy loader records a policy change: the policy's text is hashed and compared with the last
/// <see cref="AuditKinds.PolicyChange"/> entry for the same policy, so reloading an unchanged file records nothing.
/// </summary>
public static class PolicyAudit
{
    /// <summary>Appends a <c>policy.change</c> entry (subject <c>policy/{policyName}</c>) when <paramref name="policyText"/> differs from the last one recorded.</summary>
    /// <param name="log">The log; null does nothing.</param>
    /// <param name="actor">Who loaded or changed the policy.</param>
    /// <param name="policyName">The policy's name or file, e.g. <c>pay-policy.json</c>.</param>
    /// <param name="policyText">The policy as loaded.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The entry appended, or null when nothing changed (or no log).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policyText"/> is null.</exception>
    /// <exception cref="AuditLogException">The store refused the entry.</exception>
    public static async Task<AuditEntry?> RecordIfChangedAsync(this IAuditLog? log, string actor, string policyName, string policyText,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(policyText);
        if (log is null)
        {
            return null;
        }

        var subject = $"policy/{policyName}";
        var hash = AuditRecord.HashOf(policyText);
        AuditEntry? last = null;
        await foreach (var e in log.ReadAsync(new AuditQuery { Kind = AuditKinds.PolicyChange }, cancellationToken).ConfigureAwait(false))
        {
            if (string.Equals(e.Subject, subject, StringComparison.Ordinal))
            {
                last = e;
            }
        }

        if (last is not null && string.Equals(last.DataHash, hash, StringComparison.Ordinal))
        {
            return null;
        }

        return await log.AppendAsync(new AuditRecord(AuditKinds.PolicyChange, string.IsNullOrWhiteSpace(actor) ? "unknown" : actor, subject,
            last is null ? "policy loaded for the first time" : $"policy changed (was {last.DataHash[..12]}…)", hash), cancellationToken).ConfigureAwait(false);
    }
}
