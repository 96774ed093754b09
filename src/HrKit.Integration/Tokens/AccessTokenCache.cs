using System.Collections.Concurrent;
using NodaTime;

namespace HrKit.Integration.Tokens;

/// <summary>
/// Access tokens per app key. Both vendors cap token requests (and WeCom invalidates the previous token when a new
/// one is issued), so one refresh runs at a time per key and every concurrent caller waits for it.
/// </summary>
/// <param name="clock">The time tokens are checked against.</param>
/// <param name="refreshMargin">How long before its expiry a token is refreshed.</param>
/// <param name="metrics">The host's instruments; the cache is the one object every vendor call of a host shares, so
/// the callers count their errors on its <see cref="Metrics"/> too. The process-wide ones when null.</param>
internal sealed class AccessTokenCache(IClock clock, Duration refreshMargin, IntegrationMetrics? metrics = null)
{
    public IntegrationMetrics Metrics { get; } = metrics ?? IntegrationTelemetry.Metrics;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async Task<string> GetAsync(string key, Func<CancellationToken, Task<AccessToken>> fetch, CancellationToken cancellationToken)
    {
        var entry = _entries.GetOrAdd(key, static _ => new Entry());
        if (IsFresh(entry.Token) is { } cached)
        {
            return cached;
        }

        await entry.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Whoever held the gate before us may have refreshed already.
            if (IsFresh(entry.Token) is { } refreshed)
            {
                return refreshed;
            }

            var token = await fetch(cancellationToken).ConfigureAwait(false);
            entry.Token = token;
            Metrics.TokenRefreshes.Add(1);
            return token.Value;
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    /// <summary>Forgets <paramref name="staleValue"/> if it is still the cached token; a newer token is kept.</summary>
    public void Invalidate(string key, string staleValue)
    {
        if (_entries.TryGetValue(key, out var entry) && entry.Token is { } current && current.Value == staleValue)
        {
            Interlocked.CompareExchange(ref entry.Token, null, current);
        }
    }

    /// <summary>Forgets whatever token is cached for <paramref name="key"/> (its company cancelled the app).</summary>
    public void Forget(string key)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            Volatile.Write(ref entry.Token, null);
        }
    }

    private string? IsFresh(AccessToken? token) =>
        token is not null && clock.GetCurrentInstant() < token.ExpiresAt - refreshMargin ? token.Value : null;

    // A SemaphoreSlim only needs disposing once its AvailableWaitHandle was used, which never happens here.
#pragma warning disable CA1001
    private sealed class Entry
    {
        public readonly SemaphoreSlim Gate = new(1, 1);
        public AccessToken? Token;
    }
#pragma warning restore CA1001
}
