using NodaTime;

namespace HrKit.Audit;

/// <summary>Which entries <see cref="IAuditLog.ReadAsync"/> returns; every set property must match.</summary>
public sealed record AuditQuery
{
    /// <summary>Only entries of this actor (exact).</summary>
    public string? Actor { get; init; }

    /// <summary>Only entries of this kind (exact, e.g. <see cref="AuditKinds.PayrollClose"/>).</summary>
    public string? Kind { get; init; }

    /// <summary>Only entries appended at or after this instant.</summary>
    public Instant? From { get; init; }

    /// <summary>Only entries appended before this instant.</summary>
    public Instant? To { get; init; }

    /// <summary>Whether <paramref name="entry"/> matches.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    public bool Matches(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return (Actor is null || string.Equals(entry.Actor, Actor, StringComparison.Ordinal))
            && (Kind is null || string.Equals(entry.Kind, Kind, StringComparison.Ordinal))
            && (From is null || entry.At >= From)
            && (To is null || entry.At < To);
    }
}
