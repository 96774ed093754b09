using HrKit.Integration.Webhooks.Inbox;

namespace HrKit.Integration.Tests.Webhooks.Inbox;

/// <summary>What a durable store adds to the contract: a store opened later (a restarted process) sees every commit.</summary>
public abstract class DurableWebhookInboxStoreContract : WebhookInboxStoreContract
{
    [Fact]
    public async Task Open_AnotherStoreOnTheSameDatabase_SeesEverythingCommittedBefore()
    {
        await Store.AddAsync(Message("m1"), 10, LongAgo);
        await Store.AddAsync(Message("m2"), 10, LongAgo);
        await Store.ClaimDueAsync(T0, T0, 1);
        await Store.CompleteAsync("signed", "m1", T0);

        var reopened = OpenAnother();

        Assert.Equal(WebhookInboxState.Done, (await reopened.GetAsync("signed", "m1"))!.State);
        Assert.Equal(WebhookInboxAddResult.Duplicate, await reopened.AddAsync(Message("m1"), 10, LongAgo));
        Assert.Equal(["m2"], (await reopened.ClaimDueAsync(T0, T0, 10)).Select(e => e.Message.MessageId));
    }
}
