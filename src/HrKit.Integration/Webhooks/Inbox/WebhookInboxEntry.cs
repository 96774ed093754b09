using NodaTime;

namespace HrKit.Integration.Webhooks.Inbox;

/// <summary>One message in the inbox and its processing record.</summary>
/// <param name="Message">The message as acknowledged.</param>
/// <param name="State">Pending, done or poison.</param>
/// <param name="Attempts">Processing attempts started so far, including one that died with its process.</param>
/// <param name="NextAttemptAt">When a pending message is next due (or its current claim ends).</param>
/// <param name="LastError">Why the last attempt failed; null when none failed.</param>
public sealed record WebhookInboxEntry(WebhookMessage Message, WebhookInboxState State, int Attempts, Instant NextAttemptAt, string? LastError);
