using NodaTime;

namespace HrKit.Integration;

/// <summary>Limits every webhook receiver applies before any signature or decryption work.</summary>
public sealed class WebhookLimits
{
    /// <summary>
    /// The largest request body accepted, in UTF-8 bytes (default 256 KiB; vendor callbacks are a few KiB). Checked
    /// first: a larger body is answered 413 without being parsed, hashed or decrypted. Configure the web server's own
    /// request size limit to match, so it is not read into memory at all.
    /// </summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// How far a WeCom or DingTalk callback's <c>timestamp</c> may be from now (default 15 minutes); older or newer
    /// callbacks are answered 401 as replays. It must not exceed <see cref="IntegrationOptions.DeduplicationWindow"/>,
    /// so every replay inside the window is still caught by its message id.
    /// </summary>
    public Duration CallbackTimestampTolerance { get; set; } = Duration.FromMinutes(15);
}
