namespace HrKit.Integration.Webhooks;

/// <summary>What to answer the sender; hosts write it back as is.</summary>
/// <param name="StatusCode">HTTP status: 200 accepted (or duplicate), 400 malformed, 401 bad signature or timestamp outside the window, 413 over <c>Webhooks.MaxBodyBytes</c>, 503 inbox full or unavailable (the sender retries).</param>
/// <param name="Body">The body.</param>
/// <param name="ContentType">The body's media type.</param>
public sealed record WebhookResponse(int StatusCode, string Body, string ContentType = "text/plain")
{
    internal static WebhookResponse Ok(string body = "success", string contentType = "text/plain") => new(200, body, contentType);

    internal static WebhookResponse Unauthorized { get; } = new(401, "invalid signature");

    internal static WebhookResponse BadRequest(string why) => new(400, why);

    internal static WebhookResponse Busy { get; } = new(503, "busy, retry later");

    internal static WebhookResponse PayloadTooLarge { get; } = new(413, "request too large");
}
