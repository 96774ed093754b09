using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using NodaTime;

namespace HrKit.Payroll.Periods;

/// <summary>
/// An <see cref="IPayrollPeriodStore"/> in process memory, for tests and demos: same behaviour as the database stores
/// (one write transaction at a time, all or nothing), nothing survives the process. Memory grows with every payslip
/// stored; use HrKit.Payroll.Sqlite or HrKit.Payroll.PostgreSql for real payrolls.
/// </summary>
public sealed class InMemoryPayrollPeriodStore : IPayrollPeriodStore
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ImmutableDictionary<string, InMemoryCompanyState> _companies = ImmutableDictionary.Create<string, InMemoryCompanyState>(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task<IPayrollPeriodTransaction> BeginAsync(string companyId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(companyId);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Transaction(this, companyId, Company(companyId));
    }

    /// <inheritdoc />
    public Task<PeriodStatus> GetStatusAsync(string companyId, YearMonth month, CancellationToken cancellationToken = default) =>
        Task.FromResult(Company(companyId).Statuses.GetValueOrDefault(month));

    /// <inheritdoc />
    public async IAsyncEnumerable<StoredPayslip> ReadAsync(PayslipQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var state = Company(query.CompanyId);
        foreach (var (month, employees) in state.Months)
        {
            if (month.CompareTo(query.From) < 0 || month.CompareTo(query.To) > 0)
            {
                continue;
            }

            foreach (var revisions in employees.Values)
            {
                foreach (var payslip in revisions.Where(query.Matches))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return payslip;
                }
            }
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<PeriodEvent> ReadEventsAsync(string companyId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var e in Company(companyId).Events)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return e;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    private InMemoryCompanyState Company(string companyId) =>
        Volatile.Read(ref _companies).GetValueOrDefault(companyId) ?? InMemoryCompanyState.Empty;

    private sealed class Transaction(InMemoryPayrollPeriodStore store, string companyId, InMemoryCompanyState state) : IPayrollPeriodTransaction
    {
        private InMemoryCompanyState _state = state;
        private bool _done;

        public string CompanyId => companyId;

        public Task<PeriodStatus> GetStatusAsync(YearMonth month, CancellationToken cancellationToken = default) =>
            Task.FromResult(_state.Statuses.GetValueOrDefault(month));

        public Task SetStatusAsync(YearMonth month, PeriodStatus status, CancellationToken cancellationToken = default)
        {
            _state = _state with { Statuses = _state.Statuses.SetItem(month, status) };
            return Task.CompletedTask;
        }

        public Task AddEventAsync(PeriodEvent periodEvent, CancellationToken cancellationToken = default)
        {
            _state = _state with { Events = _state.Events.Add(periodEvent) };
            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<StoredPayslip>> GetAsync(string employeeId, YearMonth month, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<StoredPayslip>>(_state.Month(month).GetValueOrDefault(employeeId) ?? []);

        public Task<IReadOnlyList<YearMonth>> MonthsWithPayslipsAsync(YearMonth from, YearMonth to, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<YearMonth>>(_state.Months.Keys.Where(m => m.CompareTo(from) >= 0 && m.CompareTo(to) <= 0).ToList());

        public Task<long> CountAsync(YearMonth month, StoredPayslipKind kind, CancellationToken cancellationToken = default) =>
            Task.FromResult((long)_state.Month(month).Values.Sum(r => r.Count(p => p.Kind == kind)));

        public Task<IReadOnlyList<string>> EmployeesAsync(YearMonth from, YearMonth to, string? after, int limit, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<string>>(_state.Months
                .Where(m => m.Key.CompareTo(from) >= 0 && m.Key.CompareTo(to) <= 0)
                .SelectMany(m => m.Value.Keys)
                .Where(e => after is null || string.CompareOrdinal(e, after) > 0)
                .Distinct().Order(StringComparer.Ordinal).Take(limit).ToList());

        public Task<long> DeleteMonthAsync(YearMonth month, CancellationToken cancellationToken = default)
        {
            var count = _state.Month(month).Values.Sum(r => (long)r.Count);
            _state = _state with { Months = _state.Months.Remove(month) };
            return Task.FromResult(count);
        }

        public Task DeleteAsync(string employeeId, YearMonth month, CancellationToken cancellationToken = default)
        {
            _state = _state.WithEmployeeMonth(employeeId, month, []);
            return Task.CompletedTask;
        }

        public Task AddAsync(StoredPayslip payslip, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(payslip);
            var revisions = _state.Month(payslip.Month).GetValueOrDefault(payslip.EmployeeId) ?? [];
            if (revisions.Any(r => r.Revision == payslip.Revision))
            {
                throw new InvalidOperationException($"revision {payslip.Revision} of {payslip.EmployeeId} {payslip.Month} is already stored.");
            }

            _state = _state.WithEmployeeMonth(payslip.EmployeeId, payslip.Month, revisions.Add(payslip));
            return Task.CompletedTask;
        }

        public Task SupersedeAsync(string employeeId, YearMonth month, CancellationToken cancellationToken = default)
        {
            var revisions = _state.Month(month).GetValueOrDefault(employeeId) ?? [];
            _state = _state.WithEmployeeMonth(employeeId, month, revisions.Select(r => r with { IsSuperseded = true }).ToImmutableList());
            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<RetroSettlement>> GetSettlementsAsync(string employeeId, YearMonth month, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<RetroSettlement>>(_state.Settlements.GetValueOrDefault((employeeId, month)) ?? []);

        public Task AddSettlementAsync(RetroSettlement settlement, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(settlement);
            var key = (settlement.EmployeeId, settlement.SettledIn);
            _state = _state with { Settlements = _state.Settlements.SetItem(key, (_state.Settlements.GetValueOrDefault(key) ?? []).Add(settlement)) };
            return Task.CompletedTask;
        }

        public Task CommitAsync(CancellationToken cancellationToken = default)
        {
            ObjectDisposedException.ThrowIf(_done, this);
            ImmutableInterlocked.Update(ref store._companies, (all, s) => all.SetItem(companyId, s), _state);
            Release();
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync()
        {
            Release();
            return ValueTask.CompletedTask;
        }

        private void Release()
        {
            if (!_done)
            {
                _done = true;
                store._gate.Release();
            }
        }
    }
}
