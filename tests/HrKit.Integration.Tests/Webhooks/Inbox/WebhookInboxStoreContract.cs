using HrKit.Integration.Webhooks;
using HrKit.Integration.Webhooks.Inbox;
using NodaTime;

namespace HrKit.Integration.Tests.Webhooks.Inbox;

/// <summary>
/// The behaviour every inbox store must have, run on each (in-memory, SQLite, PostgreSQL) by a subclass that only
/// says how to open one. Expected values are worked out by hand from the rules in <see cref="IWebhookInboxStore"/>.
/// </summary>
public abstract class WebhookInboxStoreContract : IAsyncLifetime
{
    protected static readonly Instant T0 = Instant.FromUtc(2026, 10, 31, 4, 0);
    private readonly List<IWebhookInboxStore> _opened = [];

    /// <summary>Opens the store under test; called again to see what a restarted process would see.</summary>
    protected abstract IWebhookInboxStore Open();

    /// <summary>Whether a store opened again sees what the previous one committed.</summary>
    protected virtual bool IsDurable => true;

    protected IWebhookInboxStore Store => _opened[0];

    /// <summary>Opens another store on the same database and disposes it with the test.</summary>
    protected IWebhookInboxStore OpenAnother()
    {
        var store = Open();
        _opened.Add(store);
        return store;
    }

    public Task InitializeAsync()
    {
        _opened.Add(Open());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        foreach (var store in _opened)
        {
            await store.DisposeAsync();
        }
    }

    protected static WebhookMessage Message(string id, int minute = 0, string? type = "training.completed", string payload = "{\"x\":1}") =>
        new("signed", id, type, payload, T0 + Duration.FromMinutes(minute));

    protected static Instant LongAgo => T0 - Duration.FromDays(365);

    [Fact]
    public async Task AddAsync_SameKeyTwice_StoresItOnceAsPending()
    {
        Assert.Equal(WebhookInboxAddResult.Added, await Store.AddAsync(Message("m1"), 10, LongAgo));
        Assert.Equal(WebhookInboxAddResult.Duplicate, await Store.AddAsync(Message("m1", payload: "{\"x\":2}"), 10, LongAgo));

        var entry = await Store.GetAsync("signed", "m1");
        Assert.Equal(new WebhookInboxEntry(Message("m1"), WebhookInboxState.Pending, 0, T0, null), entry);
        Assert.Null(await Store.GetAsync("wecom", "m1")); // the key is (source, id)
    }

    [Fact]
    public async Task AddAsync_UnicodeNullTypeAndLargePayload_RoundTripsExactly()
    {
        var payload = "<xml><Content><![CDATA[打卡 ✓ \"quoted\" 'single' \\ ]]></Content></xml>" + new string('x', 100_000);
        var message = Message("unicode-键", type: null, payload: payload);

        await Store.AddAsync(message, 10, LongAgo);

        Assert.Equal(message, (await Store.GetAsync("signed", "unicode-键"))!.Message);
    }

    [Fact]
    public async Task AddAsync_AtCapacity_IsFullButADuplicateIsStillRecognised()
    {
        await Store.AddAsync(Message("m1"), 2, LongAgo);
        await Store.AddAsync(Message("m2"), 2, LongAgo);

        Assert.Equal(WebhookInboxAddResult.Full, await Store.AddAsync(Message("m3"), 2, LongAgo));
        Assert.Equal(WebhookInboxAddResult.Duplicate, await Store.AddAsync(Message("m1"), 2, LongAgo));
        Assert.Null(await Store.GetAsync("signed", "m3"));

        // Done messages do not count against the pending limit.
        await Store.ClaimDueAsync(T0, T0 + Duration.FromMinutes(5), 1);
        await Store.CompleteAsync("signed", "m1", T0);
        Assert.Equal(WebhookInboxAddResult.Added, await Store.AddAsync(Message("m3"), 2, LongAgo));
    }

    [Fact]
    public async Task AddAsync_DoneMessageOlderThanTheWindow_IsStoredAndProcessedAgain()
    {
        await Store.AddAsync(Message("m1"), 10, LongAgo);
        await Store.ClaimDueAsync(T0, T0 + Duration.FromMinutes(5), 10);
        await Store.CompleteAsync("signed", "m1", T0);
        var redelivery = Message("m1", minute: 60 * 25);

        Assert.Equal(WebhookInboxAddResult.Duplicate, await Store.AddAsync(redelivery, 10, T0 - Duration.FromHours(1)));
        Assert.Equal(WebhookInboxAddResult.Added, await Store.AddAsync(redelivery, 10, T0 + Duration.FromHours(1)));

        Assert.Equal(new WebhookInboxEntry(redelivery, WebhookInboxState.Pending, 0, redelivery.ReceivedAt, null), await Store.GetAsync("signed", "m1"));
    }

    [Fact]
    public async Task AddAsync_PendingOrPoisonMessageOlderThanTheWindow_IsStillADuplicate()
    {
        await Store.AddAsync(Message("pending"), 10, LongAgo);
        await Store.AddAsync(Message("poison"), 10, LongAgo);
        await Store.ClaimDueAsync(T0, T0, 10);
        await Store.FailAsync("signed", "poison", "boom", retryAt: null);
        var forgetAll = T0 + Duration.FromDays(2);

        Assert.Equal(WebhookInboxAddResult.Duplicate, await Store.AddAsync(Message("pending"), 10, forgetAll));
        Assert.Equal(WebhookInboxAddResult.Duplicate, await Store.AddAsync(Message("poison"), 10, forgetAll));
    }

    [Fact]
    public async Task ClaimDueAsync_OldestFirstUpToMax_CountsTheAttemptAndHidesItUntilTheClaimEnds()
    {
        for (var i = 1; i <= 3; i++)
        {
            await Store.AddAsync(Message($"m{i}", minute: i), 10, LongAgo);
        }

        var now = T0 + Duration.FromMinutes(10);
        var claimUntil = now + Duration.FromMinutes(5);
        var first = await Store.ClaimDueAsync(now, claimUntil, 2);
        var second = await Store.ClaimDueAsync(now, claimUntil, 2);
        var none = await Store.ClaimDueAsync(now, claimUntil, 2);
        var afterClaim = await Store.ClaimDueAsync(claimUntil, claimUntil + Duration.FromMinutes(5), 10);

        Assert.Equal(["m1", "m2"], first.Select(e => e.Message.MessageId));
        Assert.All(first, e => Assert.Equal((1, claimUntil), (e.Attempts, e.NextAttemptAt)));
        Assert.Equal(["m3"], second.Select(e => e.Message.MessageId));
        Assert.Empty(none);
        Assert.Equal(["m1", "m2", "m3"], afterClaim.Select(e => e.Message.MessageId)); // a dead processor's claims come back
        Assert.All(afterClaim, e => Assert.Equal(2, e.Attempts));
    }

    [Fact]
    public async Task ClaimDueAsync_NotYetDue_ClaimsNothing()
    {
        await Store.AddAsync(Message("m1", minute: 10), 10, LongAgo);

        Assert.Empty(await Store.ClaimDueAsync(T0, T0 + Duration.FromMinutes(5), 10));
        Assert.Single(await Store.ClaimDueAsync(T0 + Duration.FromMinutes(10), T0 + Duration.FromMinutes(15), 10));
    }

    [Fact]
    public async Task CompleteAsync_Twice_DoneOnceAndNeverClaimedAgain()
    {
        await Store.AddAsync(Message("m1"), 10, LongAgo);
        await Store.ClaimDueAsync(T0, T0, 10);

        Assert.True(await Store.CompleteAsync("signed", "m1", T0));
        Assert.False(await Store.CompleteAsync("signed", "m1", T0));
        Assert.False(await Store.FailAsync("signed", "m1", "late failure", T0));
        Assert.Empty(await Store.ClaimDueAsync(T0 + Duration.FromDays(1), T0 + Duration.FromDays(1), 10));
        Assert.Equal(WebhookInboxState.Done, (await Store.GetAsync("signed", "m1"))!.State);
        Assert.False(await Store.CompleteAsync("signed", "unknown", T0));
    }

    [Fact]
    public async Task FailAsync_WithRetryTime_IsDueAgainThenWithoutOneIsPoison()
    {
        await Store.AddAsync(Message("m1"), 10, LongAgo);
        await Store.ClaimDueAsync(T0, T0 + Duration.FromMinutes(5), 10);
        var retryAt = T0 + Duration.FromSeconds(30);

        Assert.True(await Store.FailAsync("signed", "m1", "first failure", retryAt));
        Assert.Empty(await Store.ClaimDueAsync(retryAt - Duration.FromMilliseconds(1), retryAt + Duration.FromMinutes(5), 10));
        var again = Assert.Single(await Store.ClaimDueAsync(retryAt, retryAt + Duration.FromMinutes(5), 10));
        Assert.Equal((2, "first failure"), (again.Attempts, again.LastError));

        Assert.True(await Store.FailAsync("signed", "m1", "second failure", retryAt: null));
        var poison = Assert.Single(await Store.ListAsync(WebhookInboxState.Poison, 10));
        Assert.Equal((WebhookInboxState.Poison, 2, "second failure"), (poison.State, poison.Attempts, poison.LastError));
        Assert.Empty(await Store.ClaimDueAsync(T0 + Duration.FromDays(1), T0 + Duration.FromDays(1), 10));
        Assert.Empty(await Store.ListAsync(WebhookInboxState.Pending, 10));
    }

    [Fact]
    public async Task PurgeDoneAsync_RemovesOnlyDoneMessagesReceivedBeforeTheCutOff()
    {
        await Store.AddAsync(Message("old-done", minute: 0), 10, LongAgo);
        await Store.AddAsync(Message("new-done", minute: 30), 10, LongAgo);
        await Store.AddAsync(Message("old-pending", minute: 0, type: "x"), 10, LongAgo);
        await Store.ClaimDueAsync(T0 + Duration.FromMinutes(30), T0 + Duration.FromMinutes(30), 3);
        await Store.CompleteAsync("signed", "old-done", T0);
        await Store.CompleteAsync("signed", "new-done", T0);

        Assert.Equal(1, await Store.PurgeDoneAsync(T0 + Duration.FromMinutes(10)));

        Assert.Null(await Store.GetAsync("signed", "old-done"));
        Assert.NotNull(await Store.GetAsync("signed", "new-done"));
        Assert.NotNull(await Store.GetAsync("signed", "old-pending"));
    }

    [Fact]
    public async Task ClaimDueAsync_FourProcessorsAtOnce_EachMessageClaimedByExactlyOne()
    {
        for (var i = 0; i < 40; i++)
        {
            await Store.AddAsync(Message($"m{i:D2}"), 100, LongAgo);
        }

        var processors = Enumerable.Range(0, 4).Select(_ => IsDurable ? OpenAnother() : Store).ToList();

        var claims = await Task.WhenAll(processors.Select(async p =>
        {
            var mine = new List<string>();
            while (await p.ClaimDueAsync(T0, T0 + Duration.FromMinutes(5), 3) is { Count: > 0 } batch)
            {
                mine.AddRange(batch.Select(e => e.Message.MessageId));
            }

            return mine;
        }));

        var all = claims.SelectMany(c => c).ToList();
        Assert.Equal(40, all.Count);
        Assert.Equal(40, all.Distinct().Count());
    }
}
