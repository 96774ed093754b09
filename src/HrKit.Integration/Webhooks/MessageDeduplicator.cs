using NodaTime;

namespace HrKit.Integration.Webhooks;

/// <summary>Remembers message ids for a window so a re-delivered message is acknowledged but not processed twice.</summary>
internal sealed class MessageDeduplicator(IClock clock, Duration window)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Instant> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, Instant At)> _order = new();

    /// <summary>True the first time a key is seen within the window.</summary>
    public bool TryMark(string key)
    {
        var now = clock.GetCurrentInstant();
        lock (_gate)
        {
            while (_order.Count > 0 && now - _order.Peek().At > window)
            {
                var (old, at) = _order.Dequeue();
                if (_seen.TryGetValue(old, out var seenAt) && seenAt == at)
                {
                    _seen.Remove(old);
                }
            }

            if (_seen.ContainsKey(key))
            {
                return false;
            }

            _seen[key] = now;
            _order.Enqueue((key, now));
            return true;
        }
    }

    /// <summary>Forgets a key whose message could not be queued, so the sender's retry is processed.</summary>
    public void Forget(string key)
    {
        lock (_gate)
        {
            _seen.Remove(key);
        }
    }
}
