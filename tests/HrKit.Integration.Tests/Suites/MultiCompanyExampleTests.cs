using HrKit.Integration.Suites;
using HrKit.Integration.Suites.Approvals;
using HrKit.Integration.Suites.Directory;
using HrKit.Integration.Suites.Stores;
using HrKit.Integration.Tests.Fakes;
using HrKit.Integration.Tests.Fakes.Suites;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace HrKit.Integration.Tests.Suites;

/// <summary>The multi-company loop of docs/integration-isv.md, run against both vendors' fakes at once.</summary>
public sealed class MultiCompanyExampleTests : IAsyncLifetime
{
    private FakeWeComSuiteServer _weCom = null!;
    private FakeDingTalkSuiteServer _dingTalk = null!;

    public async Task InitializeAsync()
    {
        _weCom = await FakeWeComSuiteServer.StartAsync();
        _dingTalk = await FakeDingTalkSuiteServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _weCom.DisposeAsync();
        await _dingTalk.DisposeAsync();
    }

    [Fact]
    public async Task ListActiveAndSync_ThreeWeComCompaniesOneCancelledAndADingTalkCompany_SyncsEachActiveCompanyOnItsOwnData()
    {
        var companies = Enumerable.Range(1, 3).Select(i => _weCom.AddCompany($"ww{i}", $"公司{i}")).ToArray();
        for (var i = 0; i < companies.Length; i++)
        {
            for (var u = 0; u <= i; u++)
            {
                companies[i].AddUser($"u{u}", $"员工{u}");
            }
        }

        var ding = _dingTalk.AddCompany("ding1", "丁");
        ding.AddUser("d1", "丁一", 1, 0, 1);
        var october10 = new LocalDateTime(2026, 10, 10, 9, 0).InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).ToInstant().ToUnixTimeSeconds();
        companies[0].Approvals["S1"] = new("S1", "u0", true, "2", october10, october10 + 3_600, "hour", 3_600, october10);
        await using var sp = SuiteHarness.Build(_weCom, _dingTalk);
        await SuiteHarness.AuthoriseWeComAsync(sp, _weCom, companies);
        await SuiteHarness.AuthoriseDingTalkAsync(sp, _dingTalk, ding);
        await SuiteHarness.PushWeComAsync(sp, SuiteHarness.WeComCancelXml("ww2", IntegrationHarness.Now));

        var store = sp.GetRequiredService<ISuiteStore>();
        var sync = sp.GetRequiredService<RosterSync>();
        var approvals = sp.GetRequiredService<ApprovalReader>();
        var added = new Dictionary<string, int>();
        var approved = new List<string>();
        foreach (var vendor in new[] { SuiteVendor.WeCom, SuiteVendor.DingTalk })
        {
            await foreach (var company in store.ListActiveAsync(vendor))
            {
                var roster = await sync.SyncAsync(company.Company);
                added[company.Company.CorpId] = roster.Report.Of(RosterChangeKind.Added).Count;
                await foreach (var item in approvals.ReadAsync(company.Company, new ApprovalQuery(new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 31))))
                {
                    if (item.Request is { Status: ApprovalStatus.Approved } request)
                    {
                        approved.Add($"{request.Company.CorpId}/{request.RequestId}/{request.Duration} {request.Unit}");
                    }
                }
            }
        }

        Assert.Equal(new Dictionary<string, int> { ["ww1"] = 1, ["ww3"] = 3, ["ding1"] = 1 }, added);
        Assert.Equal(["ww1/S1/1 Hours"], approved);
        Assert.Equal(0, companies[1].DataRequests);
    }
}
