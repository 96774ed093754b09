namespace HrKit.Integration.Webhooks;

/// <summary>An HTTP request as a webhook receiver needs it; hosts copy it from their web framework.</summary>
/// <param name="Method">GET or POST.</param>
/// <param name="Query">Query-string values.</param>
/// <param name="Headers">Header values; looked up case-insensitively.</param>
/// <param name="Body">The raw body, unparsed (signatures cover the exact bytes sent).</param>
public sealed record WebhookRequest(string Method, IReadOnlyDictionary<string, string> Query, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>A query value or null.</summary>
    public string? QueryValue(string name) => Query.TryGetValue(name, out var v) ? v : null;

    /// <summary>A header value or null, ignoring case.</summary>
    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
