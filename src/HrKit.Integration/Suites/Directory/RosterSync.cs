using HrKit.Integration.Reconciliation;
using HrKit.Integration.Vendors;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace HrKit.Integration.Suites.Directory;

/// <summary>
/// Keeps each authorised company's roster: a full sync reads every department and employee and reconciles them with
/// the stored roster; <see cref="ApplyAsync"/> applies one contacts change callback. Every call is scoped to one company.
/// </summary>
public class RosterSync
{
    private readonly Dictionary<SuiteVendor, IDirectoryReader> _readers = [];
    private readonly IRosterStore _store = null!;
    private readonly IClock _clock = null!;
    private readonly DateTimeZone _zone = null!;
    private readonly ILogger _logger = null!;

    internal RosterSync(IEnumerable<IDirectoryReader> readers, IRosterStore store, IClock clock, IOptions<IntegrationOptions> options, ILogger<RosterSync> logger)
    {
        foreach (var reader in readers)
        {
            _readers[reader.Vendor] = reader;
        }

        _store = store;
        _clock = clock;
        _zone = options.Value.Zone();
        _logger = logger;
    }

    /// <summary>For mocking frameworks only.</summary>
    protected RosterSync()
    {
    }

    /// <summary>
    /// Reads the company's whole directory and reconciles it with its stored roster. A failed request (rate limit that
    /// outlived the retries, the company cancelling its authorisation mid-sync) is reported in
    /// <see cref="RosterReport.FailedRequests"/>; what was read is kept and nobody is marked as left.
    /// </summary>
    /// <param name="company">The company.</param>
    /// <param name="cancellationToken">Cancels the sync; nothing is saved then.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public virtual async Task<RosterSyncResult> SyncAsync(CompanyRef company, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(company);
        var reader = Reader(company);
        var startedAt = _clock.GetCurrentInstant();
        var previous = await _store.GetAsync(company, cancellationToken).ConfigureAwait(false) ?? Roster.Empty(company);
        var reconciler = new RosterReconciler(previous, startedAt.InZone(_zone).Date);
        var failed = new List<FailedRequest>();
        var departments = await ReadDepartmentsAsync(reader, company, previous, reconciler, failed, cancellationToken).ConfigureAwait(false);
        if (failed.Count == 0)
        {
            await CollectAsync(company, "employees", failed, async () =>
            {
                await foreach (var employee in reader.EmployeesAsync(company, departments, cancellationToken).ConfigureAwait(false))
                {
                    reconciler.Read(employee);
                }
            }, cancellationToken).ConfigureAwait(false);
        }

        return await SaveAsync(reconciler, departments, failed, isFullSync: true, startedAt, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Applies one contacts change: changed users are read again, users who left are marked with the change's date,
    /// a department change re-reads the department list. Failures are reported as in <see cref="SyncAsync"/>.
    /// </summary>
    /// <param name="change">The change a callback reported.</param>
    /// <param name="cancellationToken">Cancels the update; nothing is saved then.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public virtual async Task<RosterSyncResult> ApplyAsync(DirectoryChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var company = change.Company;
        var reader = Reader(company);
        var startedAt = _clock.GetCurrentInstant();
        var previous = await _store.GetAsync(company, cancellationToken).ConfigureAwait(false) ?? Roster.Empty(company);
        var reconciler = new RosterReconciler(previous, change.At.InZone(_zone).Date);
        var failed = new List<FailedRequest>();
        var departments = previous.Departments;
        switch (change.Kind)
        {
            case DirectoryChangeKind.UsersLeft:
                foreach (var id in change.Ids)
                {
                    reconciler.Leave(id, change.At.InZone(_zone).Date);
                }

                break;
            case DirectoryChangeKind.DepartmentsChanged:
                departments = await ReadDepartmentsAsync(reader, company, previous, reconciler, failed, cancellationToken).ConfigureAwait(false);
                break;
            default:
                foreach (var id in change.Ids)
                {
                    await CollectAsync(company, "user " + id, failed, async () =>
                    {
                        if (await reader.EmployeeAsync(company, id, cancellationToken).ConfigureAwait(false) is { } employee)
                        {
                            reconciler.Read(employee);
                        }
                        else
                        {
                            reconciler.Leave(id, change.At.InZone(_zone).Date);
                        }
                    }, cancellationToken).ConfigureAwait(false);
                }

                break;
        }

        return await SaveAsync(reconciler, departments, failed, isFullSync: false, startedAt, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<Department>> ReadDepartmentsAsync(
        IDirectoryReader reader, CompanyRef company, Roster previous, RosterReconciler reconciler, List<FailedRequest> failed, CancellationToken cancellationToken)
    {
        var departments = new List<Department>();
        var ok = await CollectAsync(company, "departments", failed, async () =>
        {
            await foreach (var department in reader.DepartmentsAsync(company, cancellationToken).ConfigureAwait(false))
            {
                if (department.Value is { } value)
                {
                    departments.Add(value);
                }
                else if (department.Rejected is { } rejected)
                {
                    reconciler.Read(rejected);
                }
            }
        }, cancellationToken).ConfigureAwait(false);
        return ok ? [.. departments.OrderBy(d => d.Id.Length).ThenBy(d => d.Id, StringComparer.Ordinal)] : previous.Departments;
    }

    private async Task<RosterSyncResult> SaveAsync(
        RosterReconciler reconciler, IReadOnlyList<Department> departments, List<FailedRequest> failed, bool isFullSync, Instant startedAt, CancellationToken cancellationToken)
    {
        var (roster, report) = reconciler.Build(departments, failed, isFullSync, startedAt, _clock.GetCurrentInstant());
        await _store.SaveAsync(roster, cancellationToken).ConfigureAwait(false);
        return new RosterSyncResult(roster, report);
    }

    private async Task<bool> CollectAsync(CompanyRef company, string scope, List<FailedRequest> failed, Func<Task> read, CancellationToken cancellationToken)
    {
        try
        {
            await read().ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (!FailureDescription.IsCallerCancellation(ex, cancellationToken))
        {
            // A vendor error, an exhausted retry, or the company withdrawing the app: reported, never thrown, so one
            // company's trouble does not stop a host syncing hundreds.
            _logger.LogError(ex, "{Company} directory read ({Scope}) failed; the sync is incomplete.", company, scope);
            failed.Add(new FailedRequest(company.VendorName, $"{company.CorpId} {scope}", FailureDescription.Of(ex)));
            return false;
        }
    }

    private IDirectoryReader Reader(CompanyRef company) => _readers.TryGetValue(company.Vendor, out var reader)
        ? reader
        : throw new InvalidOperationException($"No directory reader for {company.Vendor}: call services.AddHrKitSuites(...).");
}
