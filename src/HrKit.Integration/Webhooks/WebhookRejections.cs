using Microsoft.Extensions.Logging;

namespace HrKit.Integration.Webhooks;

/// <summary>Logs and counts a refused delivery; the payload is never logged (it may be forged or personal).</summary>
internal static class WebhookRejections
{
    public static WebhookResponse Reject(ILogger logger, IntegrationMetrics metrics, string source, string reason, WebhookResponse response)
    {
        logger.LogWarning("Rejected {Source} webhook: {Reason}.", source, reason);
        metrics.WebhooksRejected.Add(1, new KeyValuePair<string, object?>("source", source));
        return response;
    }

    public static string Fingerprint(string payload) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(payload)));
}
