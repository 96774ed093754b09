using HrKit.Integration.Model;
using HrKit.Integration.Tests.Fakes;
using HrKit.Integration.Pipelines;
using HrKit.Points;
using HrKit.Points.Engine;
using HrKit.Points.Ledger;
using HrKit.Points.Policies;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;
using static HrKit.Integration.Tests.Pipelines.October2025;

namespace HrKit.Integration.Tests.Pipelines;

/// <summary>Check-ins and attendance months into the default points policy on a SQLite ledger.</summary>
public sealed class AttendancePointsPipelineTests : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"hrkit-attendance-points-{Guid.NewGuid():N}.db");
    private readonly FakeClock _clock = new(At(11, 3, 10, 0));
    private IPointsLedgerStore _store = null!;
    private PointsService _points = null!;

    public Task InitializeAsync()
    {
        _store = SqlitePointsLedgerStore.Create(_path, _clock);
        _points = new PointsService(new StaticPointsPolicySource(PointsPolicyLoader.LoadDefault()), _store, new PointsOptions());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        File.Delete(_path);
    }

    private AttendancePointsPipeline Pipeline() => new(_points, _clock, Shanghai, Duration.FromMinutes(5));

    private async Task<long> GeneralAsync(string employee) =>
        (await _points.GetBalancesAsync(employee)).SingleOrDefault(b => b.Category == PointsCategories.General).Points;

    // October work days: E1 is 12 minutes late on the 9th and 31 on the 21st, E5 is always on time.
    private static List<CheckInRecord> E1LateTwiceE5Punctual()
    {
        var records = new List<CheckInRecord>();
        foreach (var day in Workdays)
        {
            records.Add(day switch
            {
                9 => CheckIn("E1", 9, 9, 12, CheckInKind.OnDuty),
                21 => CheckIn("E1", 21, 9, 31, CheckInKind.OnDuty),
                _ => CheckIn("E1", day, 8, 55, CheckInKind.OnDuty),
            });
            records.Add(CheckIn("E5", day, 8, 50, CheckInKind.OnDuty));
        }

        return records;
    }

    [Fact]
    public async Task PostCheckInsAsync_SameCheckInFromTwoChannelsAndARerun_AwardsEachCheckInOnce()
    {
        CheckInRecord[] checkIns =
        [
            CheckIn("E1", 9, 8, 55, CheckInKind.OnDuty),
            CheckIn("E1", 9, 8, 55, CheckInKind.OnDuty, source: "dingtalk"), // the same check-in, read through DingTalk too
            CheckIn("E1", 9, 18, 5, CheckInKind.OffDuty),                    // second of the day: the daily cap holds it to 0
            CheckIn("E1", 10, 8, 57, CheckInKind.OnDuty),
            CheckIn("E1", 13, 9, 0, CheckInKind.OnDuty) with { Outcome = CheckInOutcome.NotSigned }, // a missed check-in
            new("wecom", "future", "E1", _clock.GetCurrentInstant() + Duration.FromMinutes(6), CheckInKind.OnDuty),
        ];

        var first = await Pipeline().PostCheckInsAsync(checkIns);
        var again = await Pipeline().PostCheckInsAsync(checkIns);

        Assert.Equal(3, first.Posted.Count);
        Assert.Equal([1L, 0L, 1L], first.Posted.OrderBy(p => p.OccurredAt).Select(p => p.Points));
        Assert.Empty(again.Posted);
        Assert.Equal(3, again.DuplicateSources.Count);
        Assert.Equal(2, await GeneralAsync("E1"));
    }

    [Fact]
    public async Task PostMonthAsync_AfterTheMonth_PenalisesLateDaysAndRewardsFullAttendanceOnce()
    {
        var records = E1LateTwiceE5Punctual();
        var month = new AttendancePayrollPipeline(Calendar, _clock, Shanghai, Duration.FromMinutes(5)).Build(Month, records);
        await Pipeline().PostCheckInsAsync(records);
        var posted = await Pipeline().PostMonthAsync(month.Employees);
        var again = await Pipeline().PostMonthAsync(month.Employees);

        // 18 check-ins each; E1 late twice (−5 each) and no full-attendance bonus; E5 +10 for the full month.
        Assert.Equal(18 - 10, await GeneralAsync("E1"));
        Assert.Equal(18 + 10, await GeneralAsync("E5"));
        Assert.Equal(["late", "late", "attendanceMonth"], posted.Posted.Select(p => p.EventType));
        Assert.Equal(["late:E1:2025-10-09", "late:E1:2025-10-21", "attendance-month:E5:2025-10"], posted.Posted.Select(p => p.SourceId));
        Assert.Empty(again.Posted);
        Assert.Equal(3, again.DuplicateSources.Count);
    }

    [Fact]
    public async Task PostMonthAsync_MidMonth_AwardsNoFullAttendanceYet()
    {
        _clock.Reset(At(10, 15, 12, 0));
        CheckInRecord[] records = [.. Workdays.Where(d => d <= 15).Select(d => CheckIn("E5", d, 8, 50, CheckInKind.OnDuty))];
        var month = new AttendancePayrollPipeline(Calendar, _clock, Shanghai, Duration.FromMinutes(5)).Build(Month, records);

        var posted = await Pipeline().PostMonthAsync(month.Employees);

        Assert.Empty(posted.Posted);
        Assert.Empty(posted.DuplicateSources);
    }

    [Fact]
    public async Task PostMonthAsync_RuleOverflowsOnLateEvents_RejectsThemLogsEachAndRecordsTheRest()
    {
        // Late points of a million per minute: 12 and 31 minutes late compute 12,000,000 and 31,000,000 points, past
        // the ±1,000,000 a posting may carry, so both late events are rejected; E5's full month is recorded.
        const string policy = """
            { "WorkflowName": "OverflowingLate", "Rules": [
              { "RuleName": "Late", "Expression": "e.Type == \"late\"", "Properties": { "points": "e.Minutes * 1000000", "category": "general" } },
              { "RuleName": "FullAttendanceMonth", "Expression": "e.Type == \"attendanceMonth\" && e.Count == 0", "Properties": { "points": 10, "category": "general" } } ] }
            """;
        var points = new PointsService(new StaticPointsPolicySource(PointsPolicyLoader.Parse(policy)), _store, new PointsOptions());
        var records = E1LateTwiceE5Punctual();
        var month = new AttendancePayrollPipeline(Calendar, _clock, Shanghai, Duration.FromMinutes(5)).Build(Month, records);
        using var logs = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        var pipeline = new AttendancePointsPipeline(points, _clock, Shanghai, Duration.FromMinutes(5), factory.CreateLogger<AttendancePointsPipeline>());

        var posted = await pipeline.PostMonthAsync(month.Employees);

        Assert.Equal(["late:E1:2025-10-09", "late:E1:2025-10-21"], posted.Rejected.Select(r => r.EventId));
        Assert.All(posted.Rejected, r => Assert.Equal("Late", r.RuleName));
        Assert.Equal(["attendance-month:E5:2025-10"], posted.Posted.Select(p => p.SourceId));
        Assert.Equal(10, await GeneralAsync("E5"));
        Assert.Equal(0, await GeneralAsync("E1"));
        var warnings = logs.Lines.Where(l => l.Level == LogLevel.Warning).Select(l => l.Message).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.Contains("late:E1:2025-10-09", StringComparison.Ordinal) && w.Contains("Properties.points", StringComparison.Ordinal));
    }
}
