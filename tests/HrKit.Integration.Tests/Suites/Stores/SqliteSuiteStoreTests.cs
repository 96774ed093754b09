using HrKit.Integration.Suites;
using HrKit.Integration.Suites.Stores;
using NodaTime;

namespace HrKit.Integration.Tests.Suites.Stores;

public sealed class SqliteSuiteStoreTests : SuiteStoreContract
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"hrkit-suites-{Guid.NewGuid():N}.db");
    private readonly List<SqliteSuiteStore> _stores = [];

    protected override ISuiteStore Open()
    {
        var store = new SqliteSuiteStore(_path);
        _stores.Add(store);
        return store;
    }

    public override void Dispose()
    {
        _stores.ForEach(s => s.Dispose());
        File.Delete(_path);
        base.Dispose();
    }

    [Fact]
    public async Task GetCompany_AfterReopen_SeesWhatTheFirstStoreCommitted()
    {
        var company = new AuthorisedCompany(new CompanyRef(SuiteVendor.WeCom, "wwacme"), "Acme", "perm-1", Instant.FromUtc(2026, 10, 31, 4, 0, 0).PlusNanoseconds(100));
        await Open().SaveCompanyAsync(company);

        var reopened = await Open().GetCompanyAsync(company.Company);

        Assert.Equal(company, reopened);
    }
}
