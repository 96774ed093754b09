using System.Security.Cryptography;
using System.Text;

namespace HrKit.Integration.Outbound;

/// <summary>
/// Idempotency keys of outbound requests, after the IETF draft "The Idempotency-Key HTTP Header Field"
/// (draft-ietf-httpapi-idempotency-key-header): the key is a structured-field string, so it travels in double quotes.
/// </summary>
public static class IdempotencyKeys
{
    /// <summary>The request header carrying the key.</summary>
    public const string HeaderName = "Idempotency-Key";

    /// <summary>The response header (value <c>true</c>) by which a receiver says it replays the answer of an earlier request with the same key.</summary>
    public const string ReplayedHeaderName = "Idempotent-Replayed";

    /// <summary>
    /// The key of a message: <c>hrkit-{scope}-</c> followed by the first 16 bytes, in lower-case hex, of the SHA-256 of
    /// the UTF-8 text <c>{scope}\n{messageId}</c>. The same message therefore always carries the same key, in every
    /// process and after every restart, and any message id (whatever its characters) gives a valid header value.
    /// </summary>
    /// <param name="scope">The adapter, e.g. <c>welfare</c>; lower-case letters, digits and dashes.</param>
    /// <param name="messageId">The host's id of the message, e.g. the redemption id.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> or <paramref name="messageId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="scope"/> or <paramref name="messageId"/> is empty, or <paramref name="scope"/> has a character other than a lower-case letter, a digit or a dash.</exception>
    public static string Derive(string scope, string messageId)
    {
        ArgumentException.ThrowIfNullOrEmpty(scope);
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        if (!scope.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
        {
            throw new ArgumentException($"Scope '{scope}' must contain only lower-case letters, digits and dashes.", nameof(scope));
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(scope + "\n" + messageId));
        return "hrkit-" + scope + "-" + Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    /// <summary>The header value: the key as a structured-field string, i.e. in double quotes.</summary>
    /// <param name="key">Printable ASCII without double quotes or backslashes, as <see cref="Derive"/> makes.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> is empty or not printable ASCII without double quotes or backslashes.</exception>
    public static string ToHeaderValue(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (!key.All(c => c is >= ' ' and <= '~' and not '"' and not '\\'))
        {
            throw new ArgumentException("An idempotency key must be printable ASCII without double quotes or backslashes; use IdempotencyKeys.Derive.", nameof(key));
        }

        return "\"" + key + "\"";
    }
}
