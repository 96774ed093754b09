using System.Collections.Concurrent;

namespace HrKit.Integration.Tests.Fakes;

/// <summary>The token half of a vendor: issues tokens, counts requests, can expire every token at once.</summary>
internal sealed class FakeTokenIssuer
{
    private readonly ConcurrentDictionary<string, bool> _valid = new();
    private int _requests;
    private int _serial;

    public int Requests => Volatile.Read(ref _requests);

    public int ExpiresIn { get; set; } = 7200;

    /// <summary>Starts every token, so that issuers of different companies never hand out the same token.</summary>
    public string Prefix { get; init; } = "tok-";

    /// <summary>Holds token answers back so concurrent callers pile up behind the first refresh.</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>When set, every token is reported invalid even right after issue.</summary>
    public bool RejectAll { get; set; }

    public async Task<string> IssueAsync()
    {
        Interlocked.Increment(ref _requests);
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay);
        }

        var token = Prefix + Interlocked.Increment(ref _serial);
        _valid[token] = true;
        return token;
    }

    public bool IsValid(string? token) => !RejectAll && token is not null && _valid.ContainsKey(token);

    public void ExpireAll() => _valid.Clear();
}
