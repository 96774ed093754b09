using HrKit.Integration.Webhooks.Inbox;

namespace HrKit.Integration.Tests.Webhooks.Inbox;

/// <summary>The inbox contract on the in-memory store.</summary>
public sealed class InMemoryWebhookInboxStoreTests : WebhookInboxStoreContract
{
    protected override bool IsDurable => false;

    protected override IWebhookInboxStore Open() => WebhookInboxStores.InMemory();
}
