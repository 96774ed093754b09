namespace HrKit.Points.Ledger;

/// <summary>
/// The company a ledger store reads and writes. Every row of a SQL ledger carries its tenant, every query and unique key
/// includes it, and PostgreSQL enforces it with row-level security. Single-company hosts never name one: they use
/// <see cref="Default"/>.
/// </summary>
public static class LedgerTenant
{
    /// <summary>The tenant of stores created without one, and of every row of a ledger upgraded from schema version 1: <c>default</c>.</summary>
    public const string Default = "default";

    /// <summary>Checks a tenant id: 1 to <see cref="PointsBounds.MaxIdLength"/> characters, none of them a control character.</summary>
    /// <exception cref="ArgumentException"><paramref name="tenantId"/> is empty, too long or holds a control character.</exception>
    public static string Validate(string tenantId)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        if (tenantId.Length > PointsBounds.MaxIdLength || tenantId.Any(char.IsControl))
        {
            throw new ArgumentException($"Tenant id '{tenantId[..Math.Min(tenantId.Length, 80)]}' must be 1 to {PointsBounds.MaxIdLength} characters without control characters.", nameof(tenantId));
        }

        return tenantId;
    }
}
