using System.Collections.Concurrent;
using HrKit.Integration.Suites;
using HrKit.Integration.Suites.Approvals;
using HrKit.Integration.Suites.Callbacks;
using HrKit.Integration.Suites.Directory;

namespace HrKit.Integration.Tests.Fakes.Suites;

/// <summary>Records what the suite callbacks told the host.</summary>
internal sealed class RecordingSuiteListener : ISuiteEventListener
{
    public ConcurrentQueue<AuthorisedCompany> Authorised { get; } = [];

    public ConcurrentQueue<CompanyRef> Cancelled { get; } = [];

    public ConcurrentQueue<RosterSyncResult> RosterChanges { get; } = [];

    public ConcurrentQueue<ApprovalReadItem> Approvals { get; } = [];

    public Task OnAuthorisedAsync(AuthorisedCompany company, CancellationToken cancellationToken)
    {
        Authorised.Enqueue(company);
        return Task.CompletedTask;
    }

    public Task OnCancelledAsync(CompanyRef company, CancellationToken cancellationToken)
    {
        Cancelled.Enqueue(company);
        return Task.CompletedTask;
    }

    public Task OnRosterChangedAsync(RosterSyncResult result, CancellationToken cancellationToken)
    {
        RosterChanges.Enqueue(result);
        return Task.CompletedTask;
    }

    public Task OnApprovalChangedAsync(CompanyRef company, ApprovalReadItem item, CancellationToken cancellationToken)
    {
        Approvals.Enqueue(item);
        return Task.CompletedTask;
    }
}
