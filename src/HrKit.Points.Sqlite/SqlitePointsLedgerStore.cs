using HrKit.Points.Ledger.Sqlite;
using NodaTime;

namespace HrKit.Points.Ledger;

/// <summary>Creates the SQLite ledger store; the schema is created on first use (or call <see cref="IPointsLedgerStore.InitializeAsync"/>).</summary>
public static class SqlitePointsLedgerStore
{
    /// <summary>A SQLite ledger for one tenant (company) of a shared file; other tenants through <see cref="IPointsLedgerStore.ForTenant"/>.</summary>
    /// <param name="connectionString">E.g. <c>points.db</c> or <c>Data Source=points.db</c>.</param>
    /// <param name="clock">Time source for recording and expiry.</param>
    /// <param name="expireAfter">How long credits stay spendable; <see langword="null"/> = forever.</param>
    /// <param name="tenantId">The tenant whose rows the store reads and writes.</param>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is empty, or <paramref name="tenantId"/> is empty, too long or holds a control character.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expireAfter"/> is not positive or above <see cref="PointsBounds.MaxExpireAfter"/>.</exception>
    public static IPointsLedgerStore Create(string connectionString, IClock clock, Duration? expireAfter = null, string tenantId = LedgerTenant.Default)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        ArgumentNullException.ThrowIfNull(clock);
        var cs = connectionString.Contains('=', StringComparison.Ordinal) ? connectionString : $"Data Source={connectionString}";
        var expiry = PointsLedgerStores.CheckExpiry(expireAfter);
        return new LedgerStore(new SqliteLedgerBackend(cs), clock, expiry, LedgerTenant.Validate(tenantId));
    }
}
