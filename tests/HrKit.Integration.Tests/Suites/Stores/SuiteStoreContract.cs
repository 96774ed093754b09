using HrKit.Integration.Suites;
using HrKit.Integration.Suites.Stores;
using NodaTime;

namespace HrKit.Integration.Tests.Suites.Stores;

/// <summary>The behaviour every <see cref="ISuiteStore"/> must have; subclasses say how to open one.</summary>
public abstract class SuiteStoreContract : IDisposable
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 10, 31, 4, 0);
    private static readonly CompanyRef Acme = new(SuiteVendor.WeCom, "wwacme");

    protected abstract ISuiteStore Open();

    public virtual void Dispose() => GC.SuppressFinalize(this);

    [Fact]
    public async Task SaveTicket_OlderTicketArrivesLater_KeepsTheNewer()
    {
        var store = Open();
        await store.SaveTicketAsync(new SuiteTicket(SuiteVendor.WeCom, "suite1", "new", T0 + Duration.FromMinutes(10)));
        await store.SaveTicketAsync(new SuiteTicket(SuiteVendor.WeCom, "suite1", "old", T0));

        var ticket = await store.GetTicketAsync(SuiteVendor.WeCom, "suite1");

        Assert.Equal("new", ticket!.Ticket);
        Assert.Equal(T0 + Duration.FromMinutes(10), ticket.ReceivedAt);
        Assert.Null(await store.GetTicketAsync(SuiteVendor.DingTalk, "suite1"));
    }

    [Fact]
    public async Task CancelCompany_ActiveCompany_IsCancelledOnceAndLeavesTheActiveList()
    {
        var store = Open();
        await store.SaveCompanyAsync(new AuthorisedCompany(Acme, "Acme", "perm-1", T0));
        await store.SaveCompanyAsync(new AuthorisedCompany(new CompanyRef(SuiteVendor.WeCom, "wwbeta"), "Beta", "perm-2", T0));

        Assert.True(await store.CancelCompanyAsync(Acme, T0 + Duration.FromHours(1)));
        Assert.False(await store.CancelCompanyAsync(Acme, T0 + Duration.FromHours(2)));
        Assert.False(await store.CancelCompanyAsync(new CompanyRef(SuiteVendor.WeCom, "unknown"), T0));

        var acme = await store.GetCompanyAsync(Acme);
        Assert.Equal(T0 + Duration.FromHours(1), acme!.CancelledAt);
        Assert.Equal("perm-1", acme.PermanentCode);
        var active = await store.ListActiveAsync(SuiteVendor.WeCom).ToListAsync();
        Assert.Equal(["wwbeta"], active.Select(c => c.Company.CorpId));
    }

    [Fact]
    public async Task SaveCompany_ReauthorisedAfterCancel_IsActiveWithTheNewCode()
    {
        var store = Open();
        await store.SaveCompanyAsync(new AuthorisedCompany(Acme, "Acme", "perm-1", T0));
        await store.CancelCompanyAsync(Acme, T0 + Duration.FromHours(1));

        await store.SaveCompanyAsync(new AuthorisedCompany(Acme, "Acme Ltd", "perm-2", T0 + Duration.FromHours(2)));

        var acme = await store.GetCompanyAsync(Acme);
        Assert.True(acme!.IsActive);
        Assert.Equal(("Acme Ltd", "perm-2"), (acme.CorpName, acme.PermanentCode));
    }

    [Fact]
    public async Task ListActive_MoreCompaniesThanOnePage_ReturnsAllInCorpIdOrderForTheVendorOnly()
    {
        var store = Open();
        var ids = Enumerable.Range(0, 1203).Select(i => $"corp{i:0000}").ToList();
        foreach (var id in ids.AsEnumerable().Reverse())
        {
            await store.SaveCompanyAsync(new AuthorisedCompany(new CompanyRef(SuiteVendor.DingTalk, id), id, "p", T0));
        }

        await store.SaveCompanyAsync(new AuthorisedCompany(Acme, "Acme", "perm-1", T0));

        var listed = await store.ListActiveAsync(SuiteVendor.DingTalk).Select(c => c.Company.CorpId).ToListAsync();

        Assert.Equal(ids, listed);
    }

    [Fact]
    public void ToString_Company_NeverShowsThePermanentCode()
    {
        var text = new AuthorisedCompany(Acme, "Acme", "perm-secret-1", T0).ToString();

        Assert.DoesNotContain("perm-secret-1", text, StringComparison.Ordinal);
        Assert.Contains("wwacme", text, StringComparison.Ordinal);
    }
}
