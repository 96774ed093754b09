using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using NodaTime;

namespace HrKit.Integration.Suites.Stores;

/// <summary>An <see cref="ISuiteStore"/> in process memory: for tests and single-process hosts that re-authorise on restart.</summary>
public sealed class InMemorySuiteStore : ISuiteStore
{
    private readonly ConcurrentDictionary<(SuiteVendor, string), SuiteTicket> _tickets = new();
    private readonly ConcurrentDictionary<CompanyRef, AuthorisedCompany> _companies = new();

    /// <inheritdoc />
    public Task SaveTicketAsync(SuiteTicket ticket, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        _tickets.AddOrUpdate((ticket.Vendor, ticket.SuiteId), ticket, (_, old) => old.ReceivedAt > ticket.ReceivedAt ? old : ticket);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<SuiteTicket?> GetTicketAsync(SuiteVendor vendor, string suiteId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_tickets.GetValueOrDefault((vendor, suiteId)));

    /// <inheritdoc />
    public Task SaveCompanyAsync(AuthorisedCompany company, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(company);
        _companies[company.Company] = company;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<AuthorisedCompany?> GetCompanyAsync(CompanyRef company, CancellationToken cancellationToken = default) =>
        Task.FromResult(_companies.GetValueOrDefault(company));

    /// <inheritdoc />
    public Task<bool> CancelCompanyAsync(CompanyRef company, Instant cancelledAt, CancellationToken cancellationToken = default)
    {
        while (_companies.TryGetValue(company, out var current) && current.IsActive)
        {
            if (_companies.TryUpdate(company, current with { CancelledAt = cancelledAt }, current))
            {
                return Task.FromResult(true);
            }
        }

        return Task.FromResult(false);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<AuthorisedCompany> ListActiveAsync(SuiteVendor vendor, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var company in _companies.Values.Where(c => c.Company.Vendor == vendor && c.IsActive).OrderBy(c => c.Company.CorpId, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return company;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
