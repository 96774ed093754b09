namespace HrKit.Integration.Webhooks.Inbox;

/// <summary>What <see cref="IWebhookInboxStore.AddAsync"/> did.</summary>
public enum WebhookInboxAddResult
{
    /// <summary>Stored and committed: the sender may be acknowledged.</summary>
    Added = 0,

    /// <summary>A message with the same source and id is already stored: acknowledge, do not process again.</summary>
    Duplicate = 1,

    /// <summary>The pending limit is reached: refuse, the sender retries later.</summary>
    Full = 2,
}
