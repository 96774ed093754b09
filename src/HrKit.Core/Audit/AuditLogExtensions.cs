namespace HrKit.Audit;

/// <summary>
/// How HrKit's services call an optional audit log: with no log configured nothing happens, so a host that does not
/// audit sees no change in behaviour.
/// </summary>
public static class AuditLogExtensions
{
    /// <summary>Appends an entry when <paramref name="log"/> is set; does nothing when it is null.</summary>
    /// <param name="log">The log, or null when auditing is off.</param>
    /// <param name="kind">What happened (<see cref="AuditKinds"/>).</param>
    /// <param name="actor">Who did it.</param>
    /// <param name="subject">What it was done to.</param>
    /// <param name="summary">A summary without personal data.</param>
    /// <param name="data">The text whose SHA-256 is recorded (e.g. the serialized input); null records no data hash.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The entry appended, or null when <paramref name="log"/> is null.</returns>
    /// <exception cref="AuditLogException">The record is invalid or the store refused it.</exception>
    public static async Task<AuditEntry?> RecordAsync(this IAuditLog? log, string kind, string actor, string subject, string summary, string? data = null,
        CancellationToken cancellationToken = default)
    {
        if (log is null)
        {
            return null;
        }

        var record = new AuditRecord(kind, string.IsNullOrWhiteSpace(actor) ? "unknown" : actor, subject, summary, data is null ? "" : AuditRecord.HashOf(data));
        return await log.AppendAsync(record, cancellationToken).ConfigureAwait(false);
    }
}
