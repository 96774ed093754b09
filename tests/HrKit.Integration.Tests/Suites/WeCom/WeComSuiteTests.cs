using HrKit.Integration.Reconciliation;
using HrKit.Integration.Suites;
using HrKit.Integration.Suites.Callbacks;
using HrKit.Integration.Suites.Directory;
using HrKit.Integration.Suites.Stores;
using HrKit.Integration.Tests.Fakes;
using HrKit.Integration.Tests.Fakes.Suites;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Integration.Tests.Suites.WeCom;

/// <summary>A WeCom third-party app serving two companies, end to end through the fake's documented wire format.</summary>
public sealed class WeComSuiteTests : IAsyncLifetime
{
    private FakeWeComSuiteServer _fake = null!;
    private FakeSuiteCompany _acme = null!;
    private FakeSuiteCompany _beta = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeWeComSuiteServer.StartAsync();
        _acme = _fake.AddCompany("wwacme", "Acme");
        _acme.Departments.Add((2, "研发", 1));
        _acme.Departments.Add((3, "销售", 1));
        _acme.AddUser("zhangsan", "张三", 1, 0, 1, 2);
        _acme.AddUser("lisi", "李四", 1, 0, 2);
        _acme.AddUser("wangwu", "王五", 1, 0, 3);
        _beta = _fake.AddCompany("wwbeta", "Beta");
        _beta.AddUser("zhaoliu", "赵六");
    }

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task SyncAsync_TwoCompaniesInstalledTheApp_EachRosterHoldsOnlyItsOwnEmployees()
    {
        var listener = new RecordingSuiteListener();
        await using var sp = SuiteHarness.Build(_fake, more: s => s.AddSingleton<ISuiteEventListener>(listener));
        await SuiteHarness.AuthoriseWeComAsync(sp, _fake, _acme, _beta);
        var sync = sp.GetRequiredService<RosterSync>();

        var acme = await sync.SyncAsync(SuiteHarness.WeComRef(_acme));
        var beta = await sync.SyncAsync(SuiteHarness.WeComRef(_beta));

        Assert.Equal(["wwacme", "wwbeta"], listener.Authorised.Select(c => c.Company.CorpId));
        var stored = await sp.GetRequiredService<ISuiteStore>().GetCompanyAsync(SuiteHarness.WeComRef(_acme));
        Assert.Equal(("Acme", "perm-wwacme"), (stored!.CorpName, stored.PermanentCode));
        Assert.True(acme.Report.IsComplete);
        // zhangsan is in departments 1 and 2: read twice by user/list, counted once.
        Assert.Equal(["lisi", "wangwu", "zhangsan"], acme.Report.Of(RosterChangeKind.Added).Select(c => c.Employee.UserId));
        Assert.Equal(["1", "2"], acme.Roster.Employees.Single(e => e.UserId == "zhangsan").DepartmentIds);
        Assert.Equal(["1", "2", "3"], acme.Roster.Departments.Select(d => d.Id));
        Assert.Equal(["zhaoliu"], beta.Roster.Employees.Select(e => e.UserId));
        Assert.Equal(1, _fake.Count("cgi-bin/service/get_suite_token"));
        Assert.Equal(2, _fake.Count("cgi-bin/service/get_corp_token"));
    }

    [Fact]
    public async Task SyncAsync_TenConcurrentSyncsWithColdTokens_FetchOneSuiteTokenAndOneCorpTokenPerCompany()
    {
        _fake.SuiteTokens.Delay = TimeSpan.FromMilliseconds(200);
        _acme.Tokens.Delay = _beta.Tokens.Delay = TimeSpan.FromMilliseconds(200);
        await using var sp = SuiteHarness.Build(_fake);
        await SuiteHarness.AuthoriseWeComAsync(sp, _fake, _acme, _beta);
        var suiteTokensBefore = _fake.Count("cgi-bin/service/get_suite_token");

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            sp.GetRequiredService<RosterSync>().SyncAsync(SuiteHarness.WeComRef(i % 2 == 0 ? _acme : _beta))));

        Assert.All(results, r => Assert.True(r.Report.IsComplete));
        Assert.Equal(suiteTokensBefore, _fake.Count("cgi-bin/service/get_suite_token"));
        Assert.Equal(2, _fake.Count("cgi-bin/service/get_corp_token"));
    }

    [Fact]
    public async Task SyncAsync_SuiteAndCorpTokensExpiredAtTheVendor_RefreshesEachOnceAndCompletes()
    {
        await using var sp = SuiteHarness.Build(_fake);
        await SuiteHarness.AuthoriseWeComAsync(sp, _fake, _acme);
        var sync = sp.GetRequiredService<RosterSync>();
        await sync.SyncAsync(SuiteHarness.WeComRef(_acme));

        _acme.Tokens.ExpireAll();
        _fake.SuiteTokens.ExpireAll();
        var again = await sync.SyncAsync(SuiteHarness.WeComRef(_acme));

        Assert.True(again.Report.IsComplete);
        Assert.Equal(3, again.Report.Unchanged);
        Assert.Equal(2, _fake.Count("cgi-bin/service/get_suite_token"));
        // The first, the one refused with 42009 (the suite token had expired too), and the one after the suite token's renewal.
        Assert.Equal(3, _fake.Count("cgi-bin/service/get_corp_token"));
    }

    [Fact]
    public async Task SyncAsync_TokensPastTheirLifetimeOnTheClock_AreRenewedBeforeTheVendorRefusesThem()
    {
        var clock = new FakeClock(IntegrationHarness.Now);
        await using var sp = SuiteHarness.Build(_fake, clock: clock);
        await SuiteHarness.AuthoriseWeComAsync(sp, _fake, _acme);
        await sp.GetRequiredService<RosterSync>().SyncAsync(SuiteHarness.WeComRef(_acme));

        // WeCom tokens live 7200 s; the cache renews 5 minutes early, so 1 h 56 min later both are fetched again.
        clock.Advance(Duration.FromMinutes(116));
        await SuiteHarness.PushWeComAsync(sp, SuiteHarness.WeComTicketXml(_fake.CurrentTicket, clock.GetCurrentInstant()));
        var again = await sp.GetRequiredService<RosterSync>().SyncAsync(SuiteHarness.WeComRef(_acme));

        Assert.True(again.Report.IsComplete);
        Assert.Equal(2, _fake.Count("cgi-bin/service/get_suite_token"));
        Assert.Equal(2, _fake.Count("cgi-bin/service/get_corp_token"));
    }

    [Fact]
    public async Task SyncAsync_NoTicketPushedYet_ReportsAFailureThatSaysToRouteTheCallbackUrl()
    {
        await using var sp = SuiteHarness.Build(_fake);
        await sp.GetRequiredService<ISuiteStore>().SaveCompanyAsync(new AuthorisedCompany(SuiteHarness.WeComRef(_acme), "Acme", _acme.PermanentCode, IntegrationHarness.Now));

        var result = await sp.GetRequiredService<RosterSync>().SyncAsync(SuiteHarness.WeComRef(_acme));

        var failure = Assert.Single(result.Report.FailedRequests);
        Assert.Contains("has no suite ticket yet", failure.Error, StringComparison.Ordinal);
        Assert.Equal("wwacme departments", failure.Scope);
        Assert.Empty(_fake.Calls);
    }

    [Fact]
    public async Task SyncAsync_CompanyCancelsMidSync_IsIncompleteMarksNobodyLeftAndRecordsTheCancellation()
    {
        await using var sp = SuiteHarness.Build(_fake);
        await SuiteHarness.AuthoriseWeComAsync(sp, _fake, _acme);
        var sync = sp.GetRequiredService<RosterSync>();
        await sync.SyncAsync(SuiteHarness.WeComRef(_acme));

        // department/list and the first user/list answer; then the company removes the app.
        _acme.CancelAfterRequests = _acme.DataRequests + 2;
        var result = await sync.SyncAsync(SuiteHarness.WeComRef(_acme));

        Assert.False(result.Report.IsComplete);
        Assert.Contains("cancelled its authorisation", Assert.Single(result.Report.FailedRequests).Error, StringComparison.Ordinal);
        Assert.Empty(result.Report.Of(RosterChangeKind.Left));
        Assert.All(result.Roster.Employees, e => Assert.Equal(EmploymentStatus.Active, e.Status));
        var stored = await sp.GetRequiredService<ISuiteStore>().GetCompanyAsync(SuiteHarness.WeComRef(_acme));
        Assert.False(stored!.IsActive);
    }

    [Fact]
    public async Task SyncAsync_VendorRateLimitsTwice_WaitsAndCompletes()
    {
        await using var sp = SuiteHarness.Build(_fake);
        await SuiteHarness.AuthoriseWeComAsync(sp, _fake, _acme);
        _fake.RateLimitNext(2);

        var result = await sp.GetRequiredService<RosterSync>().SyncAsync(SuiteHarness.WeComRef(_acme));

        Assert.True(result.Report.IsComplete);
        Assert.Equal(3, result.Report.Of(RosterChangeKind.Added).Count);
    }

    [Fact]
    public async Task SyncAsync_SecondSyncAfterDirectoryChanges_ReportsAddedChangedLeftAndRejected()
    {
        await using var sp = SuiteHarness.Build(_fake);
        await SuiteHarness.AuthoriseWeComAsync(sp, _fake, _acme);
        var sync = sp.GetRequiredService<RosterSync>();
        await sync.SyncAsync(SuiteHarness.WeComRef(_acme));
        _acme.AddUser("zhangsan", "张三丰", 1, 0, 1, 2);   // renamed
        _acme.AddUser("lisi", "李四", 5, 0, 2);            // status 5: quit
        _acme.Users.TryRemove("wangwu", out _);            // gone from the directory
        _acme.AddUser("sunqi", "孙七", 1, 0, 3);           // new
        _acme.AddUser("odd", "怪", 9, 0, 3);               // status 9 is not WeCom's
        _acme.AddUser("", "无名", 1, 0, 3);                // no userid

        var result = await sync.SyncAsync(SuiteHarness.WeComRef(_acme));

        var today = new LocalDate(2026, 10, 31);
        Assert.True(result.Report.IsComplete);
        Assert.Equal(["sunqi"], result.Report.Of(RosterChangeKind.Added).Select(c => c.Employee.UserId));
        var changed = Assert.Single(result.Report.Of(RosterChangeKind.Changed));
        Assert.Equal(("zhangsan", "Name"), (changed.Employee.UserId, Assert.Single(changed.ChangedFields)));
        Assert.Equal([("lisi", today), ("wangwu", today)], result.Report.Of(RosterChangeKind.Left).Select(c => (c.Employee.UserId, c.Employee.LeftOn!.Value)));
        Assert.Equal([RejectionReason.MissingEmployeeId, RejectionReason.Malformed], result.Report.Rejected.Select(r => r.Reason).Order());
        Assert.Contains("status 9", result.Report.Rejected.Single(r => r.Reason == RejectionReason.Malformed).Detail, StringComparison.Ordinal);
        Assert.Equal(EmploymentStatus.Left, result.Roster.Employees.Single(e => e.UserId == "wangwu").Status);
    }

    [Fact]
    public async Task ChangeContactCallback_DeleteAndUpdateUser_UpdateTheRosterIncrementally()
    {
        var listener = new RecordingSuiteListener();
        await using var sp = SuiteHarness.Build(_fake, more: s => s.AddSingleton<ISuiteEventListener>(listener));
        await SuiteHarness.AuthoriseWeComAsync(sp, _fake, _acme);
        await sp.GetRequiredService<RosterSync>().SyncAsync(SuiteHarness.WeComRef(_acme));
        var yesterday = IntegrationHarness.Now - Duration.FromDays(1);
        _acme.AddUser("lisi", "李四", 1, 0, 2, 3);
        _acme.Users.TryRemove("wangwu", out _);

        Assert.Equal(200, (await SuiteHarness.PushWeComAsync(sp, SuiteHarness.WeComContactXml("wwacme", "update_user", "lisi", yesterday))).StatusCode);
        await SuiteHarness.PushWeComAsync(sp, SuiteHarness.WeComContactXml("wwacme", "delete_user", "wangwu", yesterday));

        var roster = (await sp.GetRequiredService<IRosterStore>().GetAsync(SuiteHarness.WeComRef(_acme)))!;
        Assert.Equal(["2", "3"], roster.Employees.Single(e => e.UserId == "lisi").DepartmentIds);
        var wangwu = roster.Employees.Single(e => e.UserId == "wangwu");
        Assert.Equal((EmploymentStatus.Left, new LocalDate(2026, 10, 30)), (wangwu.Status, wangwu.LeftOn!.Value));
        Assert.Equal([RosterChangeKind.Changed, RosterChangeKind.Left], listener.RosterChanges.Select(r => Assert.Single(r.Report.Changes).Kind));
    }

    [Fact]
    public async Task CancelAuthCallback_CompanyRemovesTheApp_LaterSyncFailsWithoutCallingTheVendor()
    {
        var listener = new RecordingSuiteListener();
        await using var sp = SuiteHarness.Build(_fake, more: s => s.AddSingleton<ISuiteEventListener>(listener));
        await SuiteHarness.AuthoriseWeComAsync(sp, _fake, _acme, _beta);
        await sp.GetRequiredService<RosterSync>().SyncAsync(SuiteHarness.WeComRef(_acme));
        var calls = _fake.Calls.Count;

        await SuiteHarness.PushWeComAsync(sp, SuiteHarness.WeComCancelXml("wwacme", IntegrationHarness.Now));
        var result = await sp.GetRequiredService<RosterSync>().SyncAsync(SuiteHarness.WeComRef(_acme));

        Assert.Equal(["wwacme"], listener.Cancelled.Select(c => c.CorpId));
        Assert.Contains("cancelled its authorisation", Assert.Single(result.Report.FailedRequests).Error, StringComparison.Ordinal);
        Assert.Equal(calls, _fake.Calls.Count);
        var active = await sp.GetRequiredService<ISuiteStore>().ListActiveAsync(SuiteVendor.WeCom).Select(c => c.Company.CorpId).ToListAsync();
        Assert.Equal(["wwbeta"], active);
    }

    [Fact]
    public async Task ReceiveAsync_TicketForAnotherSuite_IsAcknowledgedButNotStored()
    {
        await using var sp = SuiteHarness.Build(_fake);
        var xml = SuiteHarness.WeComTicketXml("stolen", IntegrationHarness.Now).Replace(FakeWeComSuiteServer.SuiteId, "ww-other", StringComparison.Ordinal);

        var response = await SuiteHarness.PushWeComAsync(sp, xml, receiveId: "ww-other");

        Assert.Equal((200, "success"), (response.StatusCode, response.Body));
        Assert.Null(await sp.GetRequiredService<ISuiteStore>().GetTicketAsync(SuiteVendor.WeCom, FakeWeComSuiteServer.SuiteId));
    }
}
