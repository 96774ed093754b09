namespace HrKit.Audit;

/// <summary>
/// An append-only, hash-chained record of who did what and when: each <see cref="AuditEntry"/> carries a SHA-256 hash
/// of its own fields and of the entry before it, so an entry edited, deleted or moved breaks the chain and
/// <see cref="VerifyAsync"/> reports where. Implementations: <see cref="InMemoryAuditLog"/> (tests),
/// HrKit.Audit.Sqlite (embedded default) and HrKit.Audit.PostgreSql (servers). Format and limits: docs/audit.md.
/// </summary>
public interface IAuditLog
{
    /// <summary>Creates the log's tables if needed; safe to call more than once.</summary>
    /// <exception cref="AuditLogException">The store cannot be opened or holds a newer schema.</exception>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends one entry at the end of the chain, stamped with the log's clock. Appends are serialised: concurrent
    /// writers (threads or processes) each get the next sequence number.
    /// </summary>
    /// <returns>The entry as stored, with its sequence number and hashes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="AuditLogException">The store refused the write; nothing was appended.</exception>
    Task<AuditEntry> AppendAsync(AuditRecord record, CancellationToken cancellationToken = default);

    /// <summary>Streams the entries matching <paramref name="query"/> in sequence order, a page at a time.</summary>
    IAsyncEnumerable<AuditEntry> ReadAsync(AuditQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Walks the whole chain in sequence order and recomputes every hash: an entry edited, deleted or reordered
    /// (with raw SQL, say) is reported with its sequence number. Streams: memory does not grow with the log.
    /// </summary>
    Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default);
}
