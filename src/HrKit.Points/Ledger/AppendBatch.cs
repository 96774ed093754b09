using HrKit.Points.Localization;
using System.Runtime.InteropServices;
using HrKit.Points.Model;
using NodaTime;

namespace HrKit.Points.Ledger;

/// <summary>
/// One <see cref="IPointsLedgerStore.AppendAsync"/> batch inside its transaction. What the ledger held when the batch
/// began is read in one query (the accounts are already locked, so it cannot change underneath), and what the batch
/// records is added to the caps and totals as it goes: they are then decided in memory, exactly as if every posting had
/// queried the ledger. Keys and sources need no such update: the store skips a key or source seen earlier in the
/// batch itself, and the keys the batch writes for expiries are reserved (<see cref="LedgerKeys"/>). Postings are
/// buffered and written together; a penalty writes the buffer first because it reads the account's balance from the
/// ledger. A credit that would take an account past <see cref="PointsBounds.MaxBalance"/>
/// is refused before the batch writes anything; the totals of the credited accounts are read for that only when the
/// ledger holds enough postings for one to get there (see <see cref="StartAsync"/>).
/// </summary>
internal sealed class AppendBatch
{
    private readonly LedgerSession _session;
    private readonly Instant _now;
    private readonly RecordedPostings _recorded;
    private readonly Dictionary<(string EmployeeId, string CapKey), long> _capUsed;
    private readonly Dictionary<(string EmployeeId, string Category), long> _totals;
    private readonly List<Posting> _pending;
    private readonly List<Posting> _posted;
    private BatchBudgets? _budgets;

    private AppendBatch(LedgerSession session, Instant now, RecordedPostings recorded, Dictionary<(string, string), long> capUsed, Dictionary<(string, string), long> totals, int size)
    {
        _session = session;
        _now = now;
        _recorded = recorded;
        _capUsed = capUsed;
        _totals = totals;
        _pending = new List<Posting>(size);
        _posted = new List<Posting>(size);
    }

    /// <summary>Reads what the ledger already holds of <paramref name="batch"/>; call with its accounts locked.</summary>
    /// <param name="s">The transaction.</param>
    /// <param name="batch">The requests.</param>
    /// <param name="now">The recording time.</param>
    /// <param name="totalsAbovePostings">
    /// Read the credited accounts' totals only when the ledger and the batch hold more postings than this. Every posting
    /// carries at most <see cref="PointsBounds.MaxPointsPerPosting"/>, so below <c>MaxBalance / MaxPointsPerPosting</c>
    /// (a billion) postings no account can reach <see cref="PointsBounds.MaxBalance"/>, and summing accounts whose
    /// history grows without end would make every append slower.
    /// </param>
    /// <param name="ct">Cancellation.</param>
    public static async Task<AppendBatch> StartAsync(LedgerSession s, IReadOnlyList<PostingRequest> batch, Instant now, long totalsAbovePostings, CancellationToken ct)
    {
        var keys = new HashSet<string>(batch.Count, StringComparer.Ordinal);
        var sources = new HashSet<string>(batch.Count, StringComparer.Ordinal);
        var capped = new HashSet<(string, string)>();
        var credits = false;
        foreach (var r in batch)
        {
            keys.Add(r.IdempotencyKey);
            sources.Add(r.SourceId);
            if (r.CapKey is not null && r.CapLimit is not null)
            {
                capped.Add((r.EmployeeId, r.CapKey));
            }

            credits |= r.Points > 0;
        }

        var recorded = await s.FindRecordedAsync(keys, sources, ct).ConfigureAwait(false);
        var capUsed = capped.Count == 0 ? [] : await s.SumCapsAsync(capped, ct).ConfigureAwait(false);
        // The credited accounts are collected only when their totals are read (a set of 1 000 pairs a batch otherwise).
        var totals = !credits || await s.MaxPostingIdAsync(ct).ConfigureAwait(false) + batch.Count <= totalsAbovePostings
            ? []
            : await s.SumAccountsAsync(batch.Where(r => r.Points > 0).Select(r => (r.EmployeeId, r.Category)).ToHashSet(), ct).ConfigureAwait(false);
        var budgets = await BatchBudgets.StartAsync(s, batch, ct).ConfigureAwait(false);
        return new AppendBatch(s, now, recorded, capUsed, totals, batch.Count) { _budgets = budgets };
    }

    /// <summary>Whether <paramref name="sourceId"/> already had postings for <paramref name="employeeId"/> when the batch began.</summary>
    public bool HasSource(string sourceId, string employeeId) => _recorded.Sources.Contains((sourceId, employeeId));

    /// <summary>Whether <paramref name="idempotencyKey"/> was already recorded when the batch began.</summary>
    public bool HasKey(string idempotencyKey) => _recorded.Keys.Contains(idempotencyKey);

    /// <summary>Records the request after its cap and its rule's budget, and for a penalty after clamping at the balance.</summary>
    public async Task AwardAsync(PostingRequest r, CancellationToken ct)
    {
        var points = r.Points;
        if (points > 0 && r.CapKey is not null && r.CapLimit is { } cap)
        {
            points = Math.Min(points, Math.Max(0, PointsSum.Add(cap, -_capUsed[(r.EmployeeId, r.CapKey)])));
        }
        else if (points < 0)
        {
            // A penalty takes what is there and no more: balances never go negative.
            await FlushAsync(ct).ConfigureAwait(false);
            var (balance, expired) = await AccountSettlement.SettleAsync(_session, r.EmployeeId, r.Category, _now, ct).ConfigureAwait(false);
            foreach (var expiry in expired)
            {
                Remember(expiry);
            }

            points = Math.Max(points, -Math.Max(balance, 0));
        }

        // The rule's budget across employees comes after the employee's cap: what is left of it after the cap.
        points = _budgets?.Spend(r, points) ?? points;

        if (points > 0 && _totals.TryGetValue((r.EmployeeId, r.Category), out var total) && PointsSum.Add(total, points) > PointsBounds.MaxBalance)
        {
            throw new PointsLedgerException(
                PointsLedgerError.BalanceLimitExceeded,
                PointsText.Of("Ledger.PostingPastMaxBalance", r.IdempotencyKey, r.EmployeeId, PointsBounds.MaxBalance, r.Category, total));
        }

        var posting = new Posting(0, r.SourceId, r.IdempotencyKey, r.EmployeeId, r.Category, points, PostingKind.Award, r.OccurredAt, _now)
        {
            RuleName = r.RuleName,
            EventType = r.EventType,
            ExpiresAt = points > 0 ? r.ExpiresAt : null,
            CapKey = r.CapKey,
        };
        Remember(posting);
        _pending.Add(posting);
    }

    /// <summary>Writes what is still buffered and returns every posting of the batch, with ids, in request order.</summary>
    public async Task<IReadOnlyList<Posting>> CompleteAsync(CancellationToken ct)
    {
        await FlushAsync(ct).ConfigureAwait(false);
        if (_budgets is not null)
        {
            await _budgets.SaveAsync(_session, ct).ConfigureAwait(false);
        }

        return _posted;
    }

    private async Task FlushAsync(CancellationToken ct)
    {
        if (_pending.Count > 0)
        {
            _posted.AddRange(await _session.InsertManyAsync(_pending, ct).ConfigureAwait(false));
            _pending.Clear();
        }
    }

    private void Remember(Posting p)
    {
        ref var total = ref CollectionsMarshal.GetValueRefOrNullRef(_totals, (p.EmployeeId, p.Category));
        if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref total))
        {
            total = PointsSum.Add(total, p.Points);
        }

        if (p.CapKey is not null)
        {
            ref var used = ref CollectionsMarshal.GetValueRefOrNullRef(_capUsed, (p.EmployeeId, p.CapKey));
            if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref used))
            {
                used = PointsSum.Add(used, p.Points);
            }
        }
    }
}
