namespace HrKit.Integration.Webhooks.Inbox;

/// <summary>Where a message stands in the inbox.</summary>
public enum WebhookInboxState
{
    /// <summary>Acknowledged to the sender, not yet processed by every handler.</summary>
    Pending = 0,

    /// <summary>Every handler succeeded; kept for de-duplication until the window passes.</summary>
    Done = 1,

    /// <summary>Failed <c>WebhookInbox.MaxAttempts</c> times; kept, with its last error, until a person looks at it.</summary>
    Poison = 2,
}
