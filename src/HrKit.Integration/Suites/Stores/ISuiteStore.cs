using NodaTime;

namespace HrKit.Integration.Suites.Stores;

/// <summary>
/// Where suite tickets and the permanent codes of authorised companies are kept. Hosts serving many processes replace
/// the default (SQLite) with their own database; every method must be safe to call concurrently.
/// </summary>
public interface ISuiteStore
{
    /// <summary>Keeps <paramref name="ticket"/> unless a ticket received later is already stored (pushes may arrive out of order).</summary>
    Task SaveTicketAsync(SuiteTicket ticket, CancellationToken cancellationToken = default);

    /// <summary>The latest ticket of a suite, or null when none was pushed yet.</summary>
    Task<SuiteTicket?> GetTicketAsync(SuiteVendor vendor, string suiteId, CancellationToken cancellationToken = default);

    /// <summary>Records an authorisation; a company that authorises again replaces its earlier, possibly cancelled, record.</summary>
    Task SaveCompanyAsync(AuthorisedCompany company, CancellationToken cancellationToken = default);

    /// <summary>A company's authorisation, active or cancelled, or null when it never authorised the app.</summary>
    Task<AuthorisedCompany?> GetCompanyAsync(CompanyRef company, CancellationToken cancellationToken = default);

    /// <summary>Marks a company's authorisation cancelled; false when the company is unknown or already cancelled.</summary>
    Task<bool> CancelCompanyAsync(CompanyRef company, Instant cancelledAt, CancellationToken cancellationToken = default);

    /// <summary>The companies of a vendor that still authorise the app, in corp id order, read page by page.</summary>
    IAsyncEnumerable<AuthorisedCompany> ListActiveAsync(SuiteVendor vendor, CancellationToken cancellationToken = default);
}
