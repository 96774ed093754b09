using HrKit.Points.Catalog;
using HrKit.Points.Ledger.Holds;
using HrKit.Points.Model;
using NodaTime;

namespace HrKit.Points.Ledger.InMemory;

/// <summary>
/// Process-local backend for tests and simulations, with the SQL backends' semantics: rows carry their tenant and
/// every read filters on it, accounts keep balance rows, ids are shared by all tenants. One gate serialises every
/// transaction; rollback truncates what the session appended and restores the snapshots, so failures leave no trace.
/// </summary>
internal sealed partial class InMemoryLedgerBackend : ILedgerBackend
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly List<(string Tenant, long AccountId, Posting Posting)> _postings = [];
    private Dictionary<(string Tenant, string Id), CatalogItem> _items = [];
    private Dictionary<(string Tenant, string RequestId), RedemptionHold> _holds = [];
    private Dictionary<(string Tenant, string EmployeeId, string Category), (long Id, AccountRow Row)> _accounts = [];
    private Dictionary<(string Tenant, BudgetKey Key), long> _budgets = [];

    public Task InitializeAsync(CancellationToken ct) => Task.CompletedTask;

    public async Task<LedgerSession> BeginAsync(string tenant, CancellationToken ct)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        return new Session(this, tenant);
    }

    public ValueTask DisposeAsync()
    {
        _gate.Dispose();
        return ValueTask.CompletedTask;
    }

    private sealed partial class Session(InMemoryLedgerBackend owner, string tenant) : LedgerSession
    {
        private readonly int _start = owner._postings.Count;
        private readonly Dictionary<(string, string), CatalogItem> _itemsBefore = new(owner._items);
        private readonly Dictionary<(string, string), RedemptionHold> _holdsBefore = new(owner._holds);
        private readonly Dictionary<(string, string, string), (long, AccountRow)> _accountsBefore = new(owner._accounts);
        private readonly Dictionary<(string, BudgetKey), long> _budgetsBefore = new(owner._budgets);
        private bool _done;

        private IEnumerable<Posting> Postings => owner._postings.Where(p => p.Tenant == tenant).Select(p => p.Posting);

        public override Task LockAccountsAsync(IReadOnlyList<string> employeeIds, CancellationToken ct) => Task.CompletedTask;

        public override Task<IReadOnlyList<Posting>> QueryAsync(PostingQuery query, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<Posting>>(Postings.Where(query.Matches).ToList());

        public override Task<Posting?> GetPostingAsync(long id, CancellationToken ct) =>
            Task.FromResult(id >= 1 && id <= owner._postings.Count && owner._postings[(int)id - 1].Tenant == tenant ? owner._postings[(int)id - 1].Posting : null);

        public override Task<Posting?> FindByKeyAsync(string idempotencyKey, CancellationToken ct) =>
            Task.FromResult(Postings.FirstOrDefault(p => p.IdempotencyKey == idempotencyKey));

        public override Task<RecordedPostings> FindRecordedAsync(IReadOnlyCollection<string> keys, IReadOnlyCollection<string> sourceIds, CancellationToken ct)
        {
            var wantedKeys = keys.ToHashSet(StringComparer.Ordinal);
            var wantedSources = sourceIds.ToHashSet(StringComparer.Ordinal);
            var recorded = new RecordedPostings(new HashSet<string>(StringComparer.Ordinal), []);
            foreach (var p in Postings)
            {
                if (wantedKeys.Contains(p.IdempotencyKey))
                {
                    recorded.Keys.Add(p.IdempotencyKey);
                }

                if (wantedSources.Contains(p.SourceId))
                {
                    recorded.Sources.Add((p.SourceId, p.EmployeeId));
                }
            }

            return Task.FromResult(recorded);
        }

        public override Task<Dictionary<(string EmployeeId, string CapKey), long>> SumCapsAsync(IReadOnlyCollection<(string EmployeeId, string CapKey)> buckets, CancellationToken ct)
        {
            var used = buckets.ToDictionary(b => b, _ => 0L);
            foreach (var p in Postings)
            {
                if (p.CapKey is not null && used.TryGetValue((p.EmployeeId, p.CapKey), out var sum))
                {
                    used[(p.EmployeeId, p.CapKey)] = PointsSum.Add(sum, p.Points);
                }
            }

            return Task.FromResult(used);
        }

        public override Task<long> MaxPostingIdAsync(CancellationToken ct) => Task.FromResult((long)owner._postings.Count);

        public override Task<Dictionary<(string EmployeeId, string Category), long>> SumAccountsAsync(IReadOnlyCollection<(string EmployeeId, string Category)> accounts, CancellationToken ct)
        {
            var sums = accounts.ToDictionary(a => a, _ => 0L);
            foreach (var p in Postings)
            {
                if (sums.TryGetValue((p.EmployeeId, p.Category), out var sum))
                {
                    sums[(p.EmployeeId, p.Category)] = PointsSum.Add(sum, p.Points);
                }
            }

            return Task.FromResult(sums);
        }

        public override Task<IReadOnlyList<Posting>> InsertManyAsync(IReadOnlyList<Posting> postings, CancellationToken ct)
        {
            var stored = new List<Posting>(postings.Count);
            var ids = new long[postings.Count];
            var keys = new Dictionary<long, (string, string, string)>();
            for (var i = 0; i < postings.Count; i++)
            {
                var p = postings[i];
                var key = (tenant, p.EmployeeId, p.Category);
                if (!owner._accounts.TryGetValue(key, out var account))
                {
                    owner._accounts[key] = account = (owner._accounts.Count + 1, new AccountRow(p.Category, 0, 0, null));
                }

                ids[i] = account.Id;
                keys[account.Id] = key;
                stored.Add(p with { Id = owner._postings.Count + 1 });
                owner._postings.Add((tenant, account.Id, stored[^1]));
            }

            foreach (var change in AccountChange.Collect(stored, ids))
            {
                var key = keys[change.AccountId];
                var row = owner._accounts[key].Row;
                owner._accounts[key] = (change.AccountId, row with
                {
                    Balance = PointsSum.Add(row.Balance, change.Balance),
                    Earned = PointsSum.Add(row.Earned, change.Earned),
                    ExpiryWatermark = AccountChange.Earliest(row.ExpiryWatermark, change.Watermark),
                });
            }

            return Task.FromResult<IReadOnlyList<Posting>>(stored);
        }

        public override Task<IReadOnlyList<AccountRow>> GetAccountsAsync(string employeeId, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<AccountRow>>(owner._accounts
                .Where(a => a.Key.Tenant == tenant && a.Key.EmployeeId == employeeId)
                .Select(a => a.Value.Row)
                .OrderBy(r => r.Category, StringComparer.Ordinal)
                .ToList());

        public override Task SetExpiryWatermarkAsync(string employeeId, string category, Instant? watermark, CancellationToken ct)
        {
            if (owner._accounts.TryGetValue((tenant, employeeId, category), out var account))
            {
                owner._accounts[(tenant, employeeId, category)] = (account.Id, account.Row with { ExpiryWatermark = watermark });
            }

            return Task.CompletedTask;
        }

        public override Task<RedemptionHold?> GetHoldAsync(string requestId, CancellationToken ct) =>
            Task.FromResult(owner._holds.GetValueOrDefault((tenant, requestId)));

        public override Task SaveHoldAsync(RedemptionHold hold, CancellationToken ct)
        {
            owner._holds[(tenant, hold.RequestId)] = hold;
            return Task.CompletedTask;
        }

        public override Task<IReadOnlyList<string>> DueHoldsAsync(Instant now, int limit, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<string>>(owner._holds
                .Where(h => h.Key.Tenant == tenant && h.Value.State == HoldState.Held && h.Value.ExpiresAt <= now)
                .OrderBy(h => h.Value.ExpiresAt).ThenBy(h => h.Key.RequestId, StringComparer.Ordinal)
                .Take(limit)
                .Select(h => h.Key.RequestId)
                .ToList());

        public override Task<ReportTotals> ReportTotalsAsync(Instant from, Instant to, string checkInEventType, CancellationToken ct)
        {
            var period = Postings.Where(p => p.OccurredAt >= from && p.OccurredAt < to).ToList();
            var active = period.Where(p => p.Kind == PostingKind.Award).Select(p => p.EmployeeId).Distinct(StringComparer.Ordinal).Count();
            var rules = period
                .Where(p => p.Kind == PostingKind.Award || (p.Kind == PostingKind.Reversal && p.RuleName is not null))
                .GroupBy(p => (p.RuleName, p.Category))
                .Select(g => (g.Key.RuleName, g.Key.Category, PointsSum.Of(g), g.Count(p => p.Kind == PostingKind.Award)))
                .ToList();
            var checkIns = period
                .Where(p => p.Kind == PostingKind.Award && p.EventType == checkInEventType)
                .GroupBy(p => ReportTotals.BucketStart(p.OccurredAt.ToUnixTimeTicks()))
                .Select(g => (g.Key, g.Select(p => (p.SourceId, p.EmployeeId)).Distinct().Count()))
                .ToList();
            var reversed = period.Where(p => p.Kind == PostingKind.Reversal && p.RelatedPostingId is not null).Select(p => p.RelatedPostingId!.Value).ToHashSet();
            var redemptions = period
                .Where(p => p.Kind == PostingKind.Redemption && !reversed.Contains(p.Id))
                .GroupBy(p => p.ItemId)
                .Select(g => (g.Key, g.Count(), g.Select(p => p.EmployeeId).Distinct(StringComparer.Ordinal).Count()))
                .ToList();
            return Task.FromResult(new ReportTotals(active, rules, checkIns, redemptions));
        }

        public override Task<IReadOnlyList<(string EmployeeId, long Points)>> LeaderboardAsync(Instant from, Instant to, string? category, IReadOnlyCollection<string>? employees, int top, CancellationToken ct)
        {
            var members = employees?.ToHashSet(StringComparer.Ordinal);
            return Task.FromResult<IReadOnlyList<(string, long)>>(Postings
                .Where(p => p.OccurredAt >= from && p.OccurredAt < to && (category is null || p.Category == category) && (members is null || members.Contains(p.EmployeeId)))
                .GroupBy(p => p.EmployeeId, StringComparer.Ordinal)
                .Select(g => (g.Key, PointsSum.Of(g.Select(AccountChange.EarnedBy))))
                .Where(e => e.Item2 > 0)
                .OrderByDescending(e => e.Item2).ThenBy(e => e.Key, StringComparer.Ordinal)
                .Take(top)
                .ToList());
        }

        public override Task<IReadOnlyList<Instant>> ActivityAsync(string employeeId, string eventType, Instant from, Instant to, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<Instant>>(Postings
                .Where(p => p.EmployeeId == employeeId && p.Kind == PostingKind.Award && p.EventType == eventType && p.OccurredAt >= from && p.OccurredAt < to)
                .GroupBy(p => p.SourceId, StringComparer.Ordinal)
                .Select(g => g.Min(p => p.OccurredAt))
                .Order()
                .ToList());

        public override Task<CatalogItem?> GetItemAsync(string id, CancellationToken ct) =>
            Task.FromResult(owner._items.GetValueOrDefault((tenant, id)));

        public override Task SaveItemAsync(CatalogItem item, CancellationToken ct)
        {
            owner._items[(tenant, item.Id)] = item;
            return Task.CompletedTask;
        }

        public override Task<IReadOnlyList<CatalogItem>> ListItemsAsync(CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<CatalogItem>>(owner._items.Where(i => i.Key.Tenant == tenant).Select(i => i.Value).OrderBy(i => i.Id, StringComparer.Ordinal).ToList());

        public override Task<IReadOnlyList<string>> ListEmployeesAsync(CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<string>>(owner._accounts.Keys.Where(k => k.Tenant == tenant).Select(k => k.EmployeeId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());

        public override Task CommitAsync(CancellationToken ct)
        {
            _done = true;
            return Task.CompletedTask;
        }

        public override ValueTask DisposeAsync()
        {
            if (!_done)
            {
                owner._postings.RemoveRange(_start, owner._postings.Count - _start);
                owner._items = _itemsBefore;
                owner._holds = _holdsBefore;
                owner._accounts = _accountsBefore;
                owner._budgets = _budgetsBefore;
            }

            owner._gate.Release();
            return ValueTask.CompletedTask;
        }
    }
}
