using System.Globalization;
using HrKit.Integration.Webhooks;
using NodaTime;

namespace HrKit.Integration.CrashProbe;

/// <summary>The signed delivery the probe receives; the test builds the same one to redeliver it.</summary>
public static class ProbeDelivery
{
    public const string Secret = "probe-secret";

    public const string Body = "{\"type\":\"training.completed\",\"employeeId\":\"E1\"}";

    public static WebhookRequest Request(string delivery, Instant now)
    {
        var timestamp = now.ToUnixTimeSeconds();
        return new WebhookRequest("POST", new Dictionary<string, string>(), new Dictionary<string, string>
        {
            [SignedWebhookReceiver.TimestampHeader] = timestamp.ToString(CultureInfo.InvariantCulture),
            [SignedWebhookReceiver.SignatureHeader] = SignedWebhookReceiver.Sign(Secret, timestamp, Body),
            [SignedWebhookReceiver.DeliveryHeader] = delivery,
        }, Body);
    }
}
