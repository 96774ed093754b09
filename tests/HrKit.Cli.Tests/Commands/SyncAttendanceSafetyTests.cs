namespace HrKit.Cli.Tests.Commands;

/// <summary>
/// <c>hrkit sync attendance</c> posts nothing and writes nothing unless every output can be written, the payroll file
/// names each employee once a month, and the check-ins are good enough (<c>--max-error-rate</c>).
/// </summary>
public sealed class SyncAttendanceSafetyTests : IDisposable
{
    private const string Payroll = """
        {"employeeId":"E001","period":"2025-06","city":"beijing","baseSalary":10000}
        {"employeeId":"E002","period":"2025-06","city":"beijing","baseSalary":12000}
        """;

    private const string GoodCheckIns = """
        {"recordId":"T1","employeeId":"E001","time":"2025-06-03T08:50:00+08:00","kind":"onDuty"}
        {"recordId":"T2","employeeId":"E001","time":"2025-06-03T18:10:00+08:00","kind":"offDuty"}
        {"recordId":"T3","employeeId":"E002","time":"2025-06-03T08:55:00+08:00","kind":"onDuty"}
        {"recordId":"T4","employeeId":"E002","time":"2025-06-03T18:05:00+08:00","kind":"offDuty"}
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("hrkit-cli-sync-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private string Db => Path.Combine(_folder, "points.db");

    private string Out => Path.Combine(_folder, "payroll-out.jsonl");

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private Task<(int Exit, string Out, string Err)> SyncAsync(string checkIns, string payroll, params string[] more) => CliRunner.RunAsync(
        ["sync", "attendance", "--checkins", checkIns, "--payroll", payroll, "--month", "2025-06", "--db", Db, "--out", Out, .. more]);

    private async Task AssertNoPointsPostedAsync()
    {
        if (!File.Exists(Db))
        {
            return;
        }

        foreach (var employee in new[] { "E001", "E002" })
        {
            var (_, balance, _) = await CliRunner.RunAsync("points", "balance", "--db", Db, "--employee", employee);
            Assert.Equal($"{employee}: no points yet.{Environment.NewLine}", balance);
        }
    }

    [Fact]
    public async Task SyncAttendance_GoodMonth_PostsPointsAndWritesTheInputs()
    {
        var (exit, output, errors) = await SyncAsync(Write("c.jsonl", GoodCheckIns), Write("p.jsonl", Payroll));

        Assert.True(exit == CliApp.Ok, errors);
        Assert.Contains("4 read, 4 accepted", output, StringComparison.Ordinal);
        Assert.Equal(2, File.ReadAllLines(Out).Length);
        var (_, balance, _) = await CliRunner.RunAsync("points", "balance", "--db", Db, "--employee", "E001");
        Assert.Matches(@"E001\s+general\s+1\n", balance);   // one day with a check-in: 1 point
    }

    [Theory]
    [InlineData("--db")]
    [InlineData("--out")]
    public async Task SyncAttendance_OutputInMissingFolder_ExitOneAndNothingPostedOrWritten(string option)
    {
        var missing = Path.Combine(_folder, "missing", "file");
        var (db, output) = option == "--db" ? (missing, Out) : (Db, missing);

        var (exit, stdout, errors) = await CliRunner.RunAsync("sync", "attendance", "--checkins", Write("c.jsonl", GoodCheckIns),
            "--payroll", Write("p.jsonl", Payroll), "--month", "2025-06", "--db", db, "--out", output);

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Equal("", stdout);
        Assert.Equal($"error: {option} '{missing}': folder '{Path.GetDirectoryName(missing)}' does not exist; create it or choose another path.{Environment.NewLine}", errors);
        Assert.Equal(["c.jsonl", "p.jsonl"], Directory.GetFileSystemEntries(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SyncAttendance_EmployeeTwiceInPayrollFile_ExitOneNamingBothRecordsAndNothingPosted()
    {
        var payroll = Write("p.jsonl", Payroll + "\n" + """{"employeeId":"E001","period":"2025-06","city":"shanghai","baseSalary":9000}""");

        var (exit, output, errors) = await SyncAsync(Write("c.jsonl", GoodCheckIns), payroll);

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Equal("", output);
        Assert.Equal($"error: --payroll {payroll}: record 3 (line 3): employeeId 'E001' appears again for 2025-06 (first at record 1 (line 1)); " +
            $"each employee has one record a month: merge or remove the repeated one.{Environment.NewLine}", errors);
        Assert.False(File.Exists(Out));
        await AssertNoPointsPostedAsync();
    }

    [Fact]
    public async Task SyncAttendance_EveryCheckInRejected_ExitOneNothingPostedNothingWritten()
    {
        var checkIns = Write("c.jsonl", """
            {"recordId":"B1","employeeId":"E001","time":"2025-06-03 08:50","kind":"onDuty"}
            {"recordId":"B2","employeeId":"E002","time":"yesterday","kind":"onDuty"}
            """);

        var (exit, output, errors) = await SyncAsync(checkIns, Write("p.jsonl", Payroll), "--max-error-rate", "1");

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Contains("2 read, 0 accepted", output, StringComparison.Ordinal);
        Assert.Contains($"error: --checkins {checkIns}: every one of the 2 check-ins was rejected; nothing was posted or written.", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(Out));
        await AssertNoPointsPostedAsync();
    }

    [Theory]
    [InlineData(null, CliApp.InvalidInput)]
    [InlineData("0.19", CliApp.InvalidInput)]   // 1 of 5 = 20 % rejected
    [InlineData("0.2", CliApp.Ok)]
    public async Task SyncAttendance_RejectedCheckIns_MaxErrorRateDecides(string? rate, int expected)
    {
        var checkIns = Write("c.jsonl", GoodCheckIns + "\n" + """{"recordId":"B1","employeeId":"E001","time":"bad","kind":"onDuty"}""");

        var (exit, _, errors) = await SyncAsync(checkIns, Write("p.jsonl", Payroll), rate is null ? [] : ["--max-error-rate", rate]);

        Assert.Equal(expected, exit);
        Assert.Equal(expected == CliApp.Ok, File.Exists(Out));
        if (expected != CliApp.Ok)
        {
            Assert.Contains($"--checkins {checkIns}: 1 of 5 check-ins rejected", errors, StringComparison.Ordinal);
            await AssertNoPointsPostedAsync();
        }
    }

    [Fact]
    public async Task Demo_DbInMissingFolder_ExitOneBeforeAnyPoints()
    {
        var db = Path.Combine(_folder, "missing", "demo.db");

        var (exit, output, errors) = await CliRunner.RunAsync("demo", "--db", db);

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Equal("", output);
        Assert.StartsWith($"error: --db '{db}': folder", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, CliApp.InvalidInput)]
    [InlineData("0.5", CliApp.Ok)]
    public async Task SyncAttendance_PointsEventsRejected_ShownAndSubjectToMaxErrorRate(string? rate, int expected)
    {
        // A 250-character employee id is a valid payroll id, but its points event ids ("checkin:ID:ms",
        // "attendance-month:ID:2025-06") pass the 256 characters of PointsBounds.MaxIdLength: of the 6 events (2
        // check-ins and a full month each), LONG's 3 are rejected = 50 %; E001's are recorded either way.
        var longId = "L" + new string('x', 249);
        var payroll = $$"""
            {"employeeId":"E001","period":"2025-06","city":"beijing","baseSalary":10000}
            {"employeeId":"{{longId}}","period":"2025-06","city":"beijing","baseSalary":12000}
            """;
        var checkIns = GoodCheckIns.Replace("\"E002\"", $"\"{longId}\"", StringComparison.Ordinal);

        var (exit, output, errors) = await SyncAsync(Write("c.jsonl", checkIns), Write("p.jsonl", payroll), rate is null ? [] : ["--max-error-rate", rate]);

        Assert.True(exit == expected, errors);
        Assert.Contains("3 of 6 events rejected", output, StringComparison.Ordinal);
        Assert.Equal(3, output.Split('\n').Count(l => l.Contains("rejected points event", StringComparison.Ordinal) && l.Contains("eventId", StringComparison.Ordinal)));
        Assert.Equal(expected == CliApp.Ok, File.Exists(Out));
        if (expected != CliApp.Ok)
        {
            Assert.Contains("error: 3 of 6 points events rejected", errors, StringComparison.Ordinal);
        }

        var (_, balance, _) = await CliRunner.RunAsync("points", "balance", "--db", Db, "--employee", "E001");
        Assert.Matches(@"E001\s+general\s+1\n", balance);   // its one check-in day; the events of the rejected employee never count
    }
}
