using HrKit.Points.Ledger.InMemory;
using NodaTime;

namespace HrKit.Points.Ledger;

/// <summary>
/// Creates the in-memory ledger store. Durable stores live in their own packages so a host downloads only the driver
/// it uses: <c>SqlitePointsLedgerStore.Create</c> in HrKit.Points.Sqlite, <c>PostgreSqlPointsLedgerStore.Create</c>
/// in HrKit.Points.PostgreSql.
/// </summary>
public static class PointsLedgerStores
{
    /// <summary>A process-local store for tests and simulations; contents vanish with the process.</summary>
    /// <param name="clock">Time source for recording and expiry.</param>
    /// <param name="expireAfter">How long credits stay spendable; <see langword="null"/> = forever. Used for refunds.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expireAfter"/> is not positive or above <see cref="PointsBounds.MaxExpireAfter"/>.</exception>
    public static IPointsLedgerStore InMemory(IClock clock, Duration? expireAfter = null) =>
        new LedgerStore(new InMemoryLedgerBackend(), clock ?? throw new ArgumentNullException(nameof(clock)), CheckExpiry(expireAfter));

    // Refunds expire expireAfter after "now"; a duration past the bound could run past the end of time.
    internal static Duration? CheckExpiry(Duration? expireAfter) =>
        expireAfter is { } d && (d <= Duration.Zero || d > PointsBounds.MaxExpireAfter)
            ? throw new ArgumentOutOfRangeException(nameof(expireAfter), d, "Must be positive and at most 36,525 days (PointsBounds.MaxExpireAfter), or null.")
            : expireAfter;
}
