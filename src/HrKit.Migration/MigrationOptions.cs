using HrKit.Audit;
using HrKit.Security;

namespace HrKit.Migration;

/// <summary>Who runs a migration, under which batch id, with which key and audit log.</summary>
public sealed record MigrationOptions
{
    /// <summary>Who runs it (recorded in the journal, the period history and the audit log).</summary>
    public string Actor { get; init; } = "migration";

    /// <summary>The batch id; null derives one from the exports' content (<c>m-</c> and 16 hex digits), so re-running the same exports is the same batch.</summary>
    public string? BatchId { get; init; }

    /// <summary>Decrypts exports written with the HrKit encryption header; null when none is encrypted.</summary>
    public IEncryptionKeyProvider? Keys { get; init; }

    /// <summary>Receives one entry per migration step; null records none.</summary>
    public IAuditLog? AuditLog { get; init; }
}
