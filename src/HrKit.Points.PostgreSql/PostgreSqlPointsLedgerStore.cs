using HrKit.Points.Ledger.PostgreSql;
using NodaTime;

namespace HrKit.Points.Ledger;

/// <summary>Creates the PostgreSQL ledger store; the schema is created on first use (or call <see cref="IPointsLedgerStore.InitializeAsync"/>).</summary>
public static class PostgreSqlPointsLedgerStore
{
    /// <summary>A PostgreSQL database (Npgsql connection string), safe for many application servers at once.</summary>
    /// <param name="connectionString">Npgsql connection string.</param>
    /// <param name="clock">Time source for recording and expiry.</param>
    /// <param name="expireAfter">How long credits stay spendable; <see langword="null"/> = forever.</param>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is empty or not a valid Npgsql connection string.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expireAfter"/> is not positive or above <see cref="PointsBounds.MaxExpireAfter"/>.</exception>
    public static IPointsLedgerStore Create(string connectionString, IClock clock, Duration? expireAfter = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        ArgumentNullException.ThrowIfNull(clock);
        var expiry = PointsLedgerStores.CheckExpiry(expireAfter);
        return new LedgerStore(new PostgreSqlLedgerBackend(connectionString), clock, expiry);
    }
}
