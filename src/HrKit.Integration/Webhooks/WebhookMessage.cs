using NodaTime;

namespace HrKit.Integration.Webhooks;

/// <summary>A verified, decrypted, de-duplicated webhook delivery, handed to <see cref="IWebhookHandler"/>s.</summary>
/// <param name="Source"><c>wecom</c>, <c>dingtalk</c> or <c>signed</c>.</param>
/// <param name="MessageId">The id used for de-duplication.</param>
/// <param name="EventType">The event type when the payload names one (WeCom Event/MsgType, DingTalk EventType, X-HrKit-Event).</param>
/// <param name="Payload">The plaintext payload: XML for WeCom, JSON otherwise.</param>
/// <param name="ReceivedAt">When it was accepted.</param>
public sealed record WebhookMessage(string Source, string MessageId, string? EventType, string Payload, Instant ReceivedAt);
