using HrKit.Points.Ledger.InMemory;
using HrKit.Points.Ledger.PostgreSql;
using HrKit.Points.Ledger.Sqlite;
using NodaTime;

namespace HrKit.Points.Ledger;

/// <summary>Creates ledger stores; the schema is created on first use (or call <see cref="IPointsLedgerStore.InitializeAsync"/>).</summary>
public static class PointsLedgerStores
{
    /// <summary>A process-local store for tests and simulations; contents vanish with the process.</summary>
    /// <param name="clock">Time source for recording and expiry.</param>
    /// <param name="expireAfter">How long credits stay spendable; <see langword="null"/> = forever. Used for refunds.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expireAfter"/> is not positive or above <see cref="PointsBounds.MaxExpireAfter"/>.</exception>
    public static IPointsLedgerStore InMemory(IClock clock, Duration? expireAfter = null) =>
        new LedgerStore(new InMemoryLedgerBackend(), clock ?? throw new ArgumentNullException(nameof(clock)), CheckExpiry(expireAfter));

    /// <summary>The embedded default: a SQLite file (WAL). <paramref name="connectionString"/> may be a plain file path.</summary>
    /// <param name="connectionString">E.g. <c>points.db</c> or <c>Data Source=points.db</c>.</param>
    /// <param name="clock">Time source for recording and expiry.</param>
    /// <param name="expireAfter">How long credits stay spendable; <see langword="null"/> = forever.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expireAfter"/> is not positive or above <see cref="PointsBounds.MaxExpireAfter"/>.</exception>
    public static IPointsLedgerStore Sqlite(string connectionString, IClock clock, Duration? expireAfter = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        ArgumentNullException.ThrowIfNull(clock);
        var cs = connectionString.Contains('=', StringComparison.Ordinal) ? connectionString : $"Data Source={connectionString}";
        return new LedgerStore(new SqliteLedgerBackend(cs), clock, CheckExpiry(expireAfter));
    }

    /// <summary>A PostgreSQL database (Npgsql connection string), safe for many application servers at once.</summary>
    /// <param name="connectionString">Npgsql connection string.</param>
    /// <param name="clock">Time source for recording and expiry.</param>
    /// <param name="expireAfter">How long credits stay spendable; <see langword="null"/> = forever.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expireAfter"/> is not positive or above <see cref="PointsBounds.MaxExpireAfter"/>.</exception>
    public static IPointsLedgerStore PostgreSql(string connectionString, IClock clock, Duration? expireAfter = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        ArgumentNullException.ThrowIfNull(clock);
        return new LedgerStore(new PostgreSqlLedgerBackend(connectionString), clock, CheckExpiry(expireAfter));
    }

    // Refunds expire expireAfter after "now"; a duration past the bound could run past the end of time.
    private static Duration? CheckExpiry(Duration? expireAfter) =>
        expireAfter is { } d && (d <= Duration.Zero || d > PointsBounds.MaxExpireAfter)
            ? throw new ArgumentOutOfRangeException(nameof(expireAfter), d, "Must be positive and at most 36,525 days (PointsBounds.MaxExpireAfter), or null.")
            : expireAfter;
}
