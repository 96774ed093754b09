using HrKit.Points.Localization;
using System.Runtime.InteropServices;
using HrKit.Points.Catalog;
using HrKit.Points.Diagnostics;
using HrKit.Points.Ledger.Holds;
using HrKit.Points.Model;
using NodaTime;

namespace HrKit.Points.Ledger;

/// <summary>The ledger rules (idempotency, caps, no negative balance, FIFO expiry, atomic redemption) over any backend.</summary>
/// <remarks>
/// A store reads and writes one tenant (<see cref="TenantId"/>); <see cref="ForTenant"/> gives a store for another
/// tenant over the same backend, which only the store that created the backend disposes.
/// </remarks>
internal sealed partial class LedgerStore(ILedgerBackend backend, IClock clock, Duration? expireAfter, string tenant = LedgerTenant.Default, LedgerStore? root = null)
    : IPointsLedgerStore
{
    /// <summary>Where redemptions are counted: the host's meter once registered by <c>ReplaceLedgerStore</c>, else the process-wide one.</summary>
    internal PointsMetrics Metrics { get; set; } = PointsTelemetry.Metrics;

    private readonly Lock _initLock = new();
    private Task? _initialized;

    public string TenantId => tenant;

    public IPointsLedgerStore ForTenant(string tenantId) =>
        new LedgerStore(backend, clock, expireAfter, LedgerTenant.Validate(tenantId), root ?? this) { TotalsAbovePostings = TotalsAbovePostings };

    /// <summary>
    /// How many postings the ledger may hold before appends read account totals to enforce
    /// <see cref="PointsBounds.MaxBalance"/>; a seam for tests, which cannot write a billion postings.
    /// </summary>
    internal long TotalsAbovePostings { get; set; } = PointsBounds.MaxBalance / PointsBounds.MaxPointsPerPosting;

    public Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (root is not null)
        {
            return root.InitializeAsync(cancellationToken);
        }

        // Schema creation runs once per store even when callers race; later calls share the same task.
        lock (_initLock)
        {
            return _initialized is { IsFaulted: false, IsCanceled: false } ? _initialized : _initialized = backend.InitializeAsync(cancellationToken);
        }
    }

    private async Task<LedgerSession> BeginAsync(CancellationToken ct)
    {
        await InitializeAsync(ct).ConfigureAwait(false);
        return await backend.BeginAsync(tenant, ct).ConfigureAwait(false);
    }

    public async Task<AppendResult> AppendAsync(IReadOnlyList<PostingRequest> batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        foreach (var request in batch)
        {
            Validate(request);
        }

        var now = clock.GetCurrentInstant();
        var duplicates = new List<string>();
        var s = await BeginAsync(cancellationToken).ConfigureAwait(false);
        await using var scope = s.ConfigureAwait(false);
        await s.LockAccountsAsync(batch.Select(r => r.EmployeeId).Distinct(StringComparer.Ordinal).ToList(), cancellationToken).ConfigureAwait(false);
        var append = await AppendBatch.StartAsync(s, batch, now, TotalsAbovePostings, cancellationToken).ConfigureAwait(false);
        // A source is all-or-nothing: once any of its postings is recorded, a replay skips all of them, even if a
        // reloaded policy would now match different rules. Its requests need not stand together in the batch, so
        // the decision is kept per source for the whole batch.
        var skippingBySource = new Dictionary<string, bool>(StringComparer.Ordinal);
        var keysInBatch = new HashSet<string>(StringComparer.Ordinal);
        foreach (var request in batch)
        {
            ref var skipping = ref CollectionsMarshal.GetValueRefOrAddDefault(skippingBySource, request.SourceId, out var seen);
            if (!seen)
            {
                skipping = append.HasSource(request.SourceId, request.EmployeeId);
                if (skipping)
                {
                    duplicates.Add(request.SourceId);
                }
            }

            if (!skipping && !keysInBatch.Add(request.IdempotencyKey))
            {
                // A key twice in one batch: the source was delivered twice, and the rest of it is the replay.
                skipping = true;
                duplicates.Add(request.SourceId);
            }

            if (!skipping && !append.HasKey(request.IdempotencyKey))
            {
                await append.AwardAsync(request, cancellationToken).ConfigureAwait(false);
            }
        }

        var posted = await append.CompleteAsync(cancellationToken).ConfigureAwait(false);
        await s.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new AppendResult(posted, duplicates);
    }

    public async Task<Posting> RedeemAsync(RedemptionRequest request, CancellationToken cancellationToken = default)
    {
        ValidateRequest(request);
        var now = clock.GetCurrentInstant();
        var s = await BeginAsync(cancellationToken).ConfigureAwait(false);
        await using var scope = s.ConfigureAwait(false);
        await s.LockAccountsAsync([request.EmployeeId], cancellationToken).ConfigureAwait(false);
        var (posting, isNew) = await RedeemInAsync(s, request, now, cancellationToken).ConfigureAwait(false);
        await s.CommitAsync(cancellationToken).ConfigureAwait(false);
        if (isNew)
        {
            Metrics.Redemptions.Add(1);
        }

        return posting;
    }

    private static void ValidateRequest(RedemptionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireId(request.RequestId, "RequestId");
        RequireId(request.EmployeeId, "EmployeeId");
        RequireId(request.ItemId, "ItemId");
    }

    // Takes the item's price and a unit of stock inside the caller's transaction (account locked); a request already
    // recorded returns its posting.
    private static async Task<(Posting Posting, bool IsNew)> RedeemInAsync(LedgerSession s, RedemptionRequest request, Instant now, CancellationToken ct)
    {
        var key = LedgerKeys.Redemption(request.RequestId);
        if (await s.FindByKeyAsync(key, ct).ConfigureAwait(false) is { } done)
        {
            return (done, false);
        }

        var item = await s.GetItemAsync(request.ItemId, ct).ConfigureAwait(false)
            ?? throw new PointsLedgerException(PointsLedgerError.UnknownItem, PointsText.Of("Ledger.UnknownItem", request.ItemId));
        if (item.Stock is <= 0)
        {
            throw new PointsLedgerException(PointsLedgerError.OutOfStock, PointsText.Of("Ledger.OutOfStock", item.Name));
        }

        if (item.PerEmployeeLimit is { } limit && await CountRedemptionsAsync(s, request.EmployeeId, item.Id, ct).ConfigureAwait(false) >= limit)
        {
            throw new PointsLedgerException(PointsLedgerError.LimitReached, PointsText.Of("Ledger.LimitReached", request.EmployeeId, item.Name, limit));
        }

        var balance = (await AccountSettlement.SettleAsync(s, request.EmployeeId, item.Category, now, ct).ConfigureAwait(false)).Balance;
        if (balance < item.Price)
        {
            throw new PointsLedgerException(PointsLedgerError.InsufficientPoints, PointsText.Of("Ledger.RedeemInsufficient", item.Name, item.Price, item.Category, request.EmployeeId, balance));
        }

        var posting = await s.InsertAsync(
            new Posting(0, key, key, request.EmployeeId, item.Category, -item.Price, PostingKind.Redemption, now, now) { ItemId = item.Id },
            ct).ConfigureAwait(false);
        if (item.Stock is { } stock)
        {
            await s.SaveItemAsync(item with { Stock = stock - 1 }, ct).ConfigureAwait(false);
        }

        return (posting, true);
    }

    public async Task<Posting> ReverseAsync(long postingId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetCurrentInstant();
        var s = await BeginAsync(cancellationToken).ConfigureAwait(false);
        await using var scope = s.ConfigureAwait(false);
        var target = await s.GetPostingAsync(postingId, cancellationToken).ConfigureAwait(false)
            ?? throw new PointsLedgerException(PointsLedgerError.UnknownPosting, PointsText.Of("Ledger.UnknownPosting", postingId));
        await s.LockAccountsAsync([target.EmployeeId], cancellationToken).ConfigureAwait(false);
        var reversal = await ReverseInAsync(s, target, now, reason: null, cancellationToken).ConfigureAwait(false);
        // Reversing a held redemption settles its hold as voided, so it cannot be fulfilled or expired afterwards.
        if (target.Kind == PostingKind.Redemption && LedgerKeys.TryGetRedemptionRequestId(target.IdempotencyKey, out var requestId)
            && await s.GetHoldAsync(requestId, cancellationToken).ConfigureAwait(false) is { State: HoldState.Held } hold)
        {
            await s.SaveHoldAsync(hold with { State = HoldState.Voided, SettledAt = now, RefundPostingId = reversal.Id, Reason = "reversed" }, cancellationToken).ConfigureAwait(false);
        }

        await s.CommitAsync(cancellationToken).ConfigureAwait(false);
        return reversal;
    }

    // Cancels target inside the caller's transaction (account locked): a redemption is refunded and its stock returned.
    private async Task<Posting> ReverseInAsync(LedgerSession s, Posting target, Instant now, string? reason, CancellationToken ct)
    {
        var key = LedgerKeys.Reversal(target.Id);
        if (target.Kind is PostingKind.Reversal or PostingKind.Expiry)
        {
            throw new PointsLedgerException(PointsLedgerError.NotReversible, PointsText.Of("Ledger.NotReversible", target.Id, PointsText.Of("Word.PostingKind." + target.Kind)));
        }

        if (await s.FindByKeyAsync(key, ct).ConfigureAwait(false) is { } done)
        {
            return done;
        }

        var balance = (await AccountSettlement.SettleAsync(s, target.EmployeeId, target.Category, now, ct).ConfigureAwait(false)).Balance;
        var account = await s.QueryAsync(new PostingQuery { EmployeeId = target.EmployeeId, Category = target.Category, Kind = PostingKind.Expiry }, ct).ConfigureAwait(false);
        // What is left of the target after its own expiries; a reversal cancels that much.
        var remaining = PointsSum.Add(target.Points, Sum(account.Where(p => p.RelatedPostingId == target.Id)));
        var amount = remaining == long.MinValue ? long.MaxValue : -remaining;
        if (amount < 0 && balance < -amount)
        {
            throw new PointsLedgerException(PointsLedgerError.InsufficientPoints, PointsText.Of("Ledger.ReverseInsufficient", target.Id, -amount, balance));
        }

        var reversal = new Posting(0, key, key, target.EmployeeId, target.Category, amount, PostingKind.Reversal, target.OccurredAt, now)
        {
            RuleName = target.RuleName,
            EventType = target.EventType,
            ItemId = target.ItemId,
            RelatedPostingId = target.Id,
            CapKey = target.CapKey,
            ExpiresAt = amount > 0 ? now + expireAfter : null,
            Reason = reason,
        };
        var posted = await s.InsertAsync(reversal, ct).ConfigureAwait(false);
        if (target.Kind == PostingKind.Award && target.RuleName is { } rule && amount < 0)
        {
            // What a reversed award took from its rule's budget is available again in that period.
            await s.ReturnToBudgetsAsync(rule, target.OccurredAt, -amount, ct).ConfigureAwait(false);
        }

        if (target.Kind == PostingKind.Redemption && target.ItemId is { } itemId
            && await s.GetItemAsync(itemId, ct).ConfigureAwait(false) is { Stock: { } stock } item)
        {
            await s.SaveItemAsync(item with { Stock = Math.Min(stock, PointsBounds.MaxCatalogQuantity - 1) + 1 }, ct).ConfigureAwait(false);
        }

        return posted;
    }

    public async Task<int> ExpireAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetCurrentInstant();
        IReadOnlyList<string> employees;
        var reader = await BeginAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            employees = await reader.ListEmployeesAsync(cancellationToken).ConfigureAwait(false);
        }

        var count = 0;
        foreach (var employee in employees)
        {
            // One transaction per employee keeps locks short; a crash leaves each account fully done or untouched.
            var s = await BeginAsync(cancellationToken).ConfigureAwait(false);
            await using var scope = s.ConfigureAwait(false);
            await s.LockAccountsAsync([employee], cancellationToken).ConfigureAwait(false);
            var postings = await s.QueryAsync(new PostingQuery { EmployeeId = employee }, cancellationToken).ConfigureAwait(false);
            foreach (var category in postings.Select(p => p.Category).Distinct(StringComparer.Ordinal))
            {
                count += (await AccountSettlement.RecordExpiriesAsync(s, postings.Where(p => p.Category == category).ToList(), now, cancellationToken).ConfigureAwait(false)).Count;
            }

            await s.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return count;
    }

    public async Task<IReadOnlyList<CategoryBalance>> GetBalancesAsync(string employeeId, CancellationToken cancellationToken = default)
    {
        RequireId(employeeId, nameof(employeeId));
        var now = clock.GetCurrentInstant();
        var s = await BeginAsync(cancellationToken).ConfigureAwait(false);
        await using var scope = s.ConfigureAwait(false);
        var balances = new List<CategoryBalance>();
        // O(1) per account: the balance row, unless an expiry may be due that is not written yet.
        foreach (var row in await s.GetAccountsAsync(employeeId, cancellationToken).ConfigureAwait(false))
        {
            balances.Add(row.IsCurrentAt(now)
                ? new CategoryBalance(row.Category, row.Balance)
                : SpendableAt(await s.QueryAsync(new PostingQuery { EmployeeId = employeeId, Category = row.Category }, cancellationToken).ConfigureAwait(false), row.Category, now));
        }

        return balances;
    }

    public async Task<IReadOnlyList<CategoryBalance>> GetBalancesAsOfAsync(string employeeId, Instant asOf, CancellationToken cancellationToken = default)
    {
        RequireId(employeeId, nameof(employeeId));
        var postings = await GetPostingsAsync(new PostingQuery { EmployeeId = employeeId, RecordedAtOrBefore = asOf }, cancellationToken).ConfigureAwait(false);
        return postings
            .GroupBy(p => p.Category, StringComparer.Ordinal)
            .Select(g => SpendableAt(g.ToList(), g.Key, asOf))
            .OrderBy(b => b.Category, StringComparer.Ordinal)
            .ToList();
    }

    // The sum of an account's postings less its lots due at `at` that no expiry posting has written off yet.
    private static CategoryBalance SpendableAt(IReadOnlyList<Posting> account, string category, Instant at) =>
        new(category, PointsSum.Add(Sum(account), -PointsSum.Of(ExpiryCalculator.DueLots(account, at).Select(l => l.Remaining))));

    public async Task<IReadOnlyList<Posting>> GetPostingsAsync(PostingQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var s = await BeginAsync(cancellationToken).ConfigureAwait(false);
        await using var scope = s.ConfigureAwait(false);
        return await s.QueryAsync(query, cancellationToken).ConfigureAwait(false);
    }

    public async Task SaveItemAsync(CatalogItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        RequireId(item.Id, "Id");
        ArgumentNullException.ThrowIfNull(item.Name);
        ArgumentException.ThrowIfNullOrEmpty(item.Category);
        if (item.Price is <= 0 or > PointsBounds.MaxPointsPerPosting)
        {
            throw new PointsInputException(PointsText.Of("Input.ItemPrice", item.Id, item.Price, PointsBounds.MaxPointsPerPosting), new HrKitErrorTarget(Record: item.Id, Field: "price"));
        }

        if (item.Stock is < 0 or > PointsBounds.MaxCatalogQuantity || item.PerEmployeeLimit is < 1 or > PointsBounds.MaxCatalogQuantity)
        {
            throw new PointsInputException(PointsText.Of("Input.ItemQuantity", item.Id, PointsBounds.MaxCatalogQuantity), new HrKitErrorTarget(Record: item.Id, Field: item.Stock is < 0 or > PointsBounds.MaxCatalogQuantity ? "stock" : "perEmployeeLimit"));
        }

        var s = await BeginAsync(cancellationToken).ConfigureAwait(false);
        await using var scope = s.ConfigureAwait(false);
        await s.SaveItemAsync(item, cancellationToken).ConfigureAwait(false);
        await s.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<CatalogItem>> GetItemsAsync(CancellationToken cancellationToken = default)
    {
        var s = await BeginAsync(cancellationToken).ConfigureAwait(false);
        await using var scope = s.ConfigureAwait(false);
        return await s.ListItemsAsync(cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => backend.DisposeAsync();

    private static async Task<int> CountRedemptionsAsync(LedgerSession s, string employeeId, string itemId, CancellationToken ct)
    {
        var postings = await s.QueryAsync(new PostingQuery { EmployeeId = employeeId }, ct).ConfigureAwait(false);
        var reversed = postings.Where(p => p.Kind == PostingKind.Reversal).Select(p => p.RelatedPostingId).ToHashSet();
        return postings.Count(p => p.Kind == PostingKind.Redemption && p.ItemId == itemId && !reversed.Contains(p.Id));
    }

    private static void Validate(PostingRequest? r)
    {
        if (r is null || string.IsNullOrEmpty(r.SourceId) || string.IsNullOrEmpty(r.IdempotencyKey) || string.IsNullOrEmpty(r.EmployeeId) || string.IsNullOrEmpty(r.Category))
        {
            throw new PointsInputException(PointsText.Of("Input.PostingIncomplete", r?.IdempotencyKey), new HrKitErrorTarget(Record: r?.IdempotencyKey));
        }

        var reservedKey = LedgerKeys.IsReserved(r.IdempotencyKey);
        if (reservedKey || LedgerKeys.IsReserved(r.SourceId))
        {
            throw new PointsInputException(PointsText.Of("Input.PostingReservedKey", Shorten(r.IdempotencyKey)), new HrKitErrorTarget(Record: Shorten(r.IdempotencyKey), Field: reservedKey ? "idempotencyKey" : "sourceId"));
        }

        // An idempotency key is a source id and a rule name, so it may be that much longer.
        if (r.SourceId.Length > PointsBounds.MaxIdLength || r.EmployeeId.Length > PointsBounds.MaxIdLength || r.Category.Length > PointsBounds.MaxIdLength
            || r.IdempotencyKey.Length > PointsBounds.MaxIdLength + 1 + PointsBounds.MaxRuleNameLength)
        {
            throw new PointsInputException(PointsText.Of("Input.PostingIdLength", Shorten(r.IdempotencyKey), PointsBounds.MaxIdLength), new HrKitErrorTarget(Record: Shorten(r.IdempotencyKey)));
        }

        if (!PointsBounds.IsPostingAmount(r.Points) || r.CapLimit is <= 0 or > PointsBounds.MaxBalance)
        {
            throw new PointsInputException(PointsText.Of("Input.PostingAmount", Shorten(r.IdempotencyKey), PointsBounds.MaxPointsPerPosting, PointsBounds.MaxBalance), new HrKitErrorTarget(Record: Shorten(r.IdempotencyKey), Field: PointsBounds.IsPostingAmount(r.Points) ? "capLimit" : "points"));
        }

        if (r.Budget is { } b && (string.IsNullOrEmpty(r.RuleName) || b.Limit is <= 0 or > PointsBounds.MaxBalance || r.OccurredAt < b.PeriodStart || r.OccurredAt >= b.PeriodEnd))
        {
            throw new PointsInputException(PointsText.Of("Input.PostingBudget", Shorten(r.IdempotencyKey), PointsBounds.MaxBalance, r.OccurredAt), new HrKitErrorTarget(Record: Shorten(r.IdempotencyKey), Field: "budget"));
        }

        if (!PointsBounds.EventTimes.Contains(r.OccurredAt))
        {
            throw new PointsInputException(PointsText.Of("Input.PostingTime", Shorten(r.IdempotencyKey), r.OccurredAt, PointsBounds.EventTimes), new HrKitErrorTarget(Record: Shorten(r.IdempotencyKey), Field: "occurredAt"));
        }
    }

    private static void RequireId(string? id, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(id, name);
        if (id.Length > PointsBounds.MaxIdLength)
        {
            throw new PointsInputException(PointsText.Of("Input.IdLength", name, id.Length, PointsBounds.MaxIdLength), new HrKitErrorTarget(Field: name));
        }
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";

    private static long Sum(IEnumerable<Posting> postings) => PointsSum.Of(postings);
}
