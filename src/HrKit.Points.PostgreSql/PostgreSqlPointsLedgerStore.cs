using HrKit.Points.Ledger.PostgreSql;
using NodaTime;

namespace HrKit.Points.Ledger;

/// <summary>Creates the PostgreSQL ledger store; the schema is created on first use (or call <see cref="IPointsLedgerStore.InitializeAsync"/>).</summary>
public static class PostgreSqlPointsLedgerStore
{
    /// <summary>
    /// A PostgreSQL ledger for one tenant (company) of a shared database; other tenants through
    /// <see cref="IPointsLedgerStore.ForTenant"/>. Row-level security holds every transaction to its tenant.
    /// </summary>
    /// <param name="connectionString">Npgsql connection string.</param>
    /// <param name="clock">Time source for recording and expiry.</param>
    /// <param name="expireAfter">How long credits stay spendable; <see langword="null"/> = forever.</param>
    /// <param name="tenantId">The tenant whose rows the store reads and writes.</param>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is empty or invalid, or <paramref name="tenantId"/> is empty, too long or holds a control character.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expireAfter"/> is not positive or above <see cref="PointsBounds.MaxExpireAfter"/>.</exception>
    public static IPointsLedgerStore Create(string connectionString, IClock clock, Duration? expireAfter = null, string tenantId = LedgerTenant.Default)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        ArgumentNullException.ThrowIfNull(clock);
        var expiry = PointsLedgerStores.CheckExpiry(expireAfter);
        return new LedgerStore(new PostgreSqlLedgerBackend(connectionString), clock, expiry, LedgerTenant.Validate(tenantId));
    }
}
