using HrKit.Points.Catalog;
using HrKit.Points.Model;

namespace HrKit.Points.Ledger.InMemory;

/// <summary>
/// Process-local backend for tests and simulations. One gate serialises every transaction; rollback truncates
/// what the session appended and restores the catalog snapshot, so failures leave no trace.
/// </summary>
internal sealed class InMemoryLedgerBackend : ILedgerBackend
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly List<Posting> _postings = [];
    private Dictionary<string, CatalogItem> _items = new(StringComparer.Ordinal);

    public Task InitializeAsync(CancellationToken ct) => Task.CompletedTask;

    public async Task<LedgerSession> BeginAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        return new Session(this);
    }

    public ValueTask DisposeAsync()
    {
        _gate.Dispose();
        return ValueTask.CompletedTask;
    }

    private sealed class Session(InMemoryLedgerBackend owner) : LedgerSession
    {
        private readonly int _start = owner._postings.Count;
        private readonly Dictionary<string, CatalogItem> _itemsBefore = new(owner._items, StringComparer.Ordinal);
        private bool _done;

        public override Task LockAccountsAsync(IReadOnlyList<string> sortedEmployeeIds, CancellationToken ct) => Task.CompletedTask;

        public override Task<IReadOnlyList<Posting>> QueryAsync(PostingQuery query, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<Posting>>(owner._postings.Where(query.Matches).ToList());

        public override Task<Posting?> GetPostingAsync(long id, CancellationToken ct) =>
            Task.FromResult(id >= 1 && id <= owner._postings.Count ? owner._postings[(int)id - 1] : null);

        public override Task<Posting?> FindByKeyAsync(string idempotencyKey, CancellationToken ct) =>
            Task.FromResult(owner._postings.Find(p => p.IdempotencyKey == idempotencyKey));

        public override Task<RecordedPostings> FindRecordedAsync(IReadOnlyCollection<string> keys, IReadOnlyCollection<string> sourceIds, CancellationToken ct)
        {
            var wantedKeys = keys.ToHashSet(StringComparer.Ordinal);
            var wantedSources = sourceIds.ToHashSet(StringComparer.Ordinal);
            var recorded = new RecordedPostings(new HashSet<string>(StringComparer.Ordinal), []);
            foreach (var p in owner._postings)
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
            foreach (var p in owner._postings)
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
            foreach (var p in owner._postings)
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
            foreach (var p in postings)
            {
                stored.Add(p with { Id = owner._postings.Count + 1 });
                owner._postings.Add(stored[^1]);
            }

            return Task.FromResult<IReadOnlyList<Posting>>(stored);
        }

        public override Task<CatalogItem?> GetItemAsync(string id, CancellationToken ct) =>
            Task.FromResult(owner._items.GetValueOrDefault(id));

        public override Task SaveItemAsync(CatalogItem item, CancellationToken ct)
        {
            owner._items[item.Id] = item;
            return Task.CompletedTask;
        }

        public override Task<IReadOnlyList<CatalogItem>> ListItemsAsync(CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<CatalogItem>>(owner._items.Values.OrderBy(i => i.Id, StringComparer.Ordinal).ToList());

        public override Task<IReadOnlyList<string>> ListEmployeesAsync(CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<string>>(owner._postings.Select(p => p.EmployeeId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());

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
            }

            owner._gate.Release();
            return ValueTask.CompletedTask;
        }
    }
}
