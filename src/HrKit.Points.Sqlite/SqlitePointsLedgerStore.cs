using HrKit.Points.Ledger.Sqlite;
using NodaTime;

namespace HrKit.Points.Ledger;

/// <summary>Creates the SQLite ledger store; the schema is created on first use (or call <see cref="IPointsLedgerStore.InitializeAsync"/>).</summary>
public static class SqlitePointsLedgerStore
{
    /// <summary>The embedded default: a SQLite file (WAL). <paramref name="connectionString"/> may be a plain file path.</summary>
    /// <param name="connectionString">E.g. <c>points.db</c> or <c>Data Source=points.db</c>.</param>
    /// <param name="clock">Time source for recording and expiry.</param>
    /// <param name="expireAfter">How long credits stay spendable; <see langword="null"/> = forever.</param>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expireAfter"/> is not positive or above <see cref="PointsBounds.MaxExpireAfter"/>.</exception>
    public static IPointsLedgerStore Create(string connectionString, IClock clock, Duration? expireAfter = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        ArgumentNullException.ThrowIfNull(clock);
        var cs = connectionString.Contains('=', StringComparison.Ordinal) ? connectionString : $"Data Source={connectionString}";
        var expiry = PointsLedgerStores.CheckExpiry(expireAfter);
        return new LedgerStore(new SqliteLedgerBackend(cs), clock, expiry);
    }
}
