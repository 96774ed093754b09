using HrKit.Payroll.Engine;
using HrKit.Payroll.Serialization;

namespace HrKit.Cli.Tests.Commands;

/// <summary>
/// <c>hrkit sync attendance</c> on the June 2025 sample: check-ins in, attendance, points and payslips out. The sample
/// was written to these figures (docs/samples/checkins-2025-06.jsonl): 20 work days (2 June is the Dragon Boat
/// Festival's weekday rest day), office shift 09:00–18:00, overtime in half hours after 18:00 on work days and from
/// first to last check-in on rest days.
/// </summary>
public sealed class SyncCommandsTests : IDisposable
{
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"hrkit-sync-{Guid.NewGuid():N}.db");
    private readonly string _out = Path.Combine(Path.GetTempPath(), $"hrkit-sync-{Guid.NewGuid():N}.jsonl");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var path in new[] { _db, _db + "-wal", _db + "-shm", _out })
        {
            File.Delete(path);
        }
    }

    private Task<(int Exit, string Out, string Err)> SyncAsync() => CliRunner.RunAsync(
        "sync", "attendance", "--checkins", CliRunner.RepoFile("docs/samples/checkins-2025-06.jsonl"),
        "--payroll", CliRunner.RepoFile("docs/samples/payroll-company.json"), "--month", "2025-06",
        "--rest-days", "2025-06-02", "--db", _db, "--out", _out, "--max-error-rate", "0.01");

    [Fact]
    public async Task SyncAttendance_SampleMonth_ReportsEveryRecordAndBuildsEachMonthFromTheCheckIns()
    {
        var (exit, output, errors) = await SyncAsync();

        Assert.True(exit == 0, errors);
        // 450 lines: 1 re-exported duplicate, 1 check-in on 1 July, a malformed time and an unknown badge.
        Assert.Contains("450 read, 446 accepted, 1 duplicates dropped, 1 outside the month, 2 rejected (error rate 0.44 %)", output, StringComparison.Ordinal);
        Assert.Contains("line 449: time '2025-06-18 08:55'", output, StringComparison.Ordinal);
        Assert.Contains("(E099): UnknownEmployee", output, StringComparison.Ordinal);
        var rows = output.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith('E') && l.Length > 4 && char.IsDigit(l[1]))
            .ToDictionary(l => l[..4], l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)));
        // scheduled, worked, absent, late count, late minutes, overtime workday / rest day / holiday hours
        Assert.Equal("20 21 0 0 0 12.0 8.0 0.0", rows["E001"]);    // six evenings to 20:00; Saturday 14th 09–17
        Assert.Equal("20 21 0 0 0 20.0 8.0 0.0", rows["E002"]);    // ten evenings to 20:00; 2 June 09–17
        Assert.Equal("20 20 0 3 42 0.0 0.0 0.0", rows["E003"]);    // 09:12, 09:15, 09:15
        Assert.Equal("20 18 2 0 0 0.0 0.0 0.0", rows["E004"]);     // absent 10th and 11th
        Assert.Equal("20 22 0 0 0 24.5 16.0 0.0", rows["E006"]);   // 3 June to 01:00 = 7 h + 7 × 2.5 h
        Assert.Equal("11 11 0 0 0 0.0 0.0 0.0", rows["E009"]);     // joined Monday 16 June
        Assert.Equal("9 9 0 0 0 0.0 0.0 0.0", rows["E011"]);       // left Friday 13 June
        Assert.Equal("20 19 1 0 0 0.0 0.0 0.0", rows["E012"]);     // WeCom placeholder only on the 25th
    }

    [Fact]
    public async Task SyncAttendance_ThenPayroll_OvertimeAndLeaveArePaidFromCheckIns()
    {
        var (exit, _, errors) = await SyncAsync();
        Assert.True(exit == 0, errors);

        using var stream = File.OpenRead(_out);
        var inputs = PayrollJson.ReadInputs(stream, jsonLines: true).Select(r => r.Input!).ToDictionary(i => i.EmployeeId);
        var engine = new PayrollEngineBuilder().Build();
        var e001 = engine.Calculate(inputs["E001"]);
        var e004 = engine.Calculate(inputs["E004"]);

        // E001, base 25 000: hourly 25 000 / 21.75 / 8 = 143.6781609…; 12 h × 150 % = 2 586.2068… ; 8 h × 200 % = 2 298.8505…
        Assert.Equal(2_586.21m, e001.Line("OT_WORKDAY")!.Amount);
        Assert.Equal(2_298.85m, e001.Line("OT_RESTDAY")!.Amount);
        // E004, base 12 000: two days at 12 000 / 21.75 = 551.7241… → 1 103.4482… = 1 103.45.
        Assert.Equal(1_103.45m, e004.Line("UNPAID_LEAVE")!.Amount);
    }

    [Fact]
    public async Task SyncAttendance_Twice_AwardsPointsOnceFromCheckIns()
    {
        var (first, output, _) = await SyncAsync();
        var (second, again, _) = await SyncAsync();
        var (_, e001, _) = await CliRunner.RunAsync("points", "balance", "--db", _db, "--employee", "E001");
        var (_, e003, _) = await CliRunner.RunAsync("points", "balance", "--db", _db, "--employee", "E003");

        Assert.Equal((0, 0), (first, second));
        Assert.DoesNotContain(" 0 postings recorded", output, StringComparison.Ordinal);
        Assert.Contains("points: 0 postings recorded", again, StringComparison.Ordinal);
        // E001: 21 days with a check-in (1 point a day, capped at 1) + full attendance 10 = 31.
        Assert.Matches(@"E001\s+total\s+31\n", e001);
        // E003: 20 check-in days = 20, then three late days at -5 = 5; not a full-attendance month.
        Assert.Matches(@"E003\s+total\s+5\n", e003);
    }

    [Theory]
    [InlineData("--month", "June", "--month: 'June' is not a month like 2025-06.")]
    [InlineData("--rest-days", "2025-6-2", "--rest-days: '2025-6-2' is not a date like 2025-06-02.")]
    public async Task SyncAttendance_BadOption_IsAUsageErrorNamingIt(string option, string value, string message)
    {
        var args = new List<string> { "sync", "attendance", "--checkins", "x.jsonl", "--payroll", "y.json", "--month", "2025-06", "--db", _db };
        var at = args.IndexOf(option);
        if (at >= 0)
        {
            args[at + 1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        var (exit, _, errors) = await CliRunner.RunAsync([.. args]);

        Assert.Equal(2, exit);
        Assert.Contains(message, errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SyncAttendance_MissingCheckInFile_NamesIt()
    {
        var (exit, _, errors) = await CliRunner.RunAsync("sync", "attendance", "--checkins", "/nonexistent/c.jsonl",
            "--payroll", CliRunner.RepoFile("docs/samples/payroll-company.json"), "--month", "2025-06", "--db", _db);

        Assert.Equal(1, exit);
        Assert.Contains("--checkins: file '/nonexistent/c.jsonl' does not exist", errors, StringComparison.Ordinal);
    }
}
