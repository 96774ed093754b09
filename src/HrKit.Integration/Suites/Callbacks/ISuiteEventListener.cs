using HrKit.Integration.Suites.Approvals;
using HrKit.Integration.Suites.Directory;

namespace HrKit.Integration.Suites.Callbacks;

/// <summary>
/// What the host hears from the suite callbacks, after HrKit has acted on them (stored the ticket or permanent code,
/// updated the roster, read the approval). Register any number; implement only what you need.
/// </summary>
public interface ISuiteEventListener
{
    /// <summary>A company installed the app; its permanent code is stored.</summary>
    Task OnAuthorisedAsync(AuthorisedCompany company, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A company changed what the app may see (WeCom/DingTalk change_auth): a full roster sync is due.</summary>
    Task OnAuthorisationChangedAsync(CompanyRef company, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A company removed the app; it is marked cancelled and its calls now fail with <see cref="SuiteAuthorisationException"/>.</summary>
    Task OnCancelledAsync(CompanyRef company, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A contacts change callback was applied to the company's roster.</summary>
    Task OnRosterChangedAsync(RosterSyncResult result, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>An approval callback named a request; this is it as read from the vendor now.</summary>
    Task OnApprovalChangedAsync(CompanyRef company, ApprovalReadItem item, CancellationToken cancellationToken) => Task.CompletedTask;
}
