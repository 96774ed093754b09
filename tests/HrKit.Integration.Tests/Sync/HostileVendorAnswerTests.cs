using HrKit.Integration.Model;
using HrKit.Integration.Reconciliation;
using HrKit.Integration.Sync;
using HrKit.Integration.Tests.Fakes;
using HrKit.Payroll.Model;
using HrKit.Points;
using HrKit.Points.Engine;
using HrKit.Points.Ledger;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using static HrKit.Integration.Tests.Pipelines.October2025;

namespace HrKit.Integration.Tests.Sync;

/// <summary>
/// A sync against a WeCom fake where one employee's requests go wrong on the wire. The roster of 101 employees splits
/// into two user chunks (100 per request) × two time ranges (30 days per request), so the broken employee costs
/// exactly two of four requests and the healthy chunk still arrives.
/// </summary>
public sealed class HostileVendorAnswerTests
{
    private const string Broken = "E100";
    private static readonly List<Employee> Roster = [.. Enumerable.Range(0, 101).Select(i => new Employee($"E{i:D3}"))];

    // Short where the answer under test is the time-out; long elsewhere, so a slow machine cannot turn a cut-off or
    // malformed body into a time-out.
    private static ServiceProvider Build(FakeWeComServer fake, Duration? attemptTimeout = null) =>
        IntegrationHarness.Build(
            o =>
            {
                IntegrationHarness.WeCom(fake)(o);
                o.Http.AttemptTimeout = attemptTimeout ?? Duration.FromSeconds(30);
                o.Http.MaxRetryAttempts = 1;
                o.Http.MaxResponseBytes = 64 * 1024;
                ConfigureCalendar(o);
            },
            new FakeClock(At(11, 3, 10, 0)),
            more: s => s.AddHrKitPoints().AddHrKitPointsInMemory());

    private static async Task<FakeWeComServer> StartAsync(VendorMisbehaviour misbehaviour)
    {
        var fake = await FakeWeComServer.StartAsync();
        foreach (var day in Workdays)
        {
            fake.CheckIns.Add(("E000", "上班打卡", "", At(10, day, 8, 55).ToUnixTimeSeconds()));
            fake.CheckIns.Add(("E000", "下班打卡", "", At(10, day, 18, 5).ToUnixTimeSeconds()));
        }

        fake.Misbehaving[Broken] = misbehaviour;
        return fake;
    }

    [Theory]
    [InlineData(VendorMisbehaviour.NeverAnswers, "Http.AttemptTimeout")]
    [InlineData(VendorMisbehaviour.StallsMidBody, "Http.AttemptTimeout")]
    [InlineData(VendorMisbehaviour.MalformedJson, "malformed JSON")]
    [InlineData(VendorMisbehaviour.TruncatedBody, "cut off")]
    [InlineData(VendorMisbehaviour.EndlessBody, "Http.MaxResponseBytes")]
    [InlineData(VendorMisbehaviour.ConnectionReset, "HTTP request failed")]
    public async Task RunAsync_OneChunkMisbehavesOnTheWire_ReportsItsRequestsFailedKeepsTheRestAndPostsNothing(VendorMisbehaviour misbehaviour, string why)
    {
        await using var fake = await StartAsync(misbehaviour);
        await using var sp = Build(fake, why == "Http.AttemptTimeout" ? Duration.FromSeconds(1) : null);

        var result = await sp.GetRequiredService<AttendanceSync>().RunAsync(Month, Roster, postPoints: true);

        Assert.False(result.Report.IsComplete);
        Assert.Equal(2, result.Report.FailedRequests.Count);
        Assert.All(result.Report.FailedRequests, f =>
        {
            Assert.Equal("wecom", f.Vendor);
            Assert.StartsWith("1 users ", f.Scope, StringComparison.Ordinal);
            Assert.Contains(why, f.Error, StringComparison.Ordinal);
        });
        Assert.Equal(36, result.Report.Accepted); // the healthy chunk: E000's 18 days × 2
        Assert.Equal(new AttendanceInput(18, 18, 0, 0, 0), result.Employees.Single(e => e.EmployeeId == "E000").Attendance);
        Assert.Null(result.Points);
        Assert.Empty(await sp.GetRequiredService<PointsService>().Store.GetPostingsAsync(new PostingQuery()));
    }

    [Fact]
    public async Task RunAsync_ValidJsonWithNullItemAndTimePastYear9999_RejectsThoseItemsAndStaysComplete()
    {
        await using var fake = await StartAsync(VendorMisbehaviour.UnexpectedItems);
        await using var sp = Build(fake);

        var result = await sp.GetRequiredService<AttendanceSync>().RunAsync(Month, Roster);

        Assert.True(result.Report.IsComplete);
        Assert.Equal(36, result.Report.Accepted);
        // Both time ranges of the broken chunk answer the same two bad items.
        Assert.Equal(4, result.Report.Rejected.Count);
        Assert.All(result.Report.Rejected, r => Assert.Equal(RejectionReason.Malformed, r.Reason));
        Assert.Equal(2, result.Report.Rejected.Count(r => r.Detail.Contains("null", StringComparison.Ordinal)));
        Assert.Equal(2, result.Report.Rejected.Count(r => r.Detail.Contains("checkin_time 99999999999999", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RunAsync_CallerCancelsWhileAVendorStalls_ThrowsOperationCanceled()
    {
        await using var fake = await StartAsync(VendorMisbehaviour.NeverAnswers);
        await using var sp = Build(fake);
        using var cts = new CancellationTokenSource();

        var run = sp.GetRequiredService<AttendanceSync>().RunAsync(Month, Roster, postPoints: true, cts.Token);
        await fake.Stalled.Task;
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.Empty(await sp.GetRequiredService<PointsService>().Store.GetPostingsAsync(new PostingQuery()));
    }
}
