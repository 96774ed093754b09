using System.Text.Json;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Cli.Tests.Commands;

/// <summary>
/// <c>hrkit payroll contributions</c>. Expected figures are read off the city files' cited sources
/// (src/HrKit.Payroll/Jurisdictions/China/Data/Contributions): Beijing 2024-07 cycle 6 821–35 283 (Forvis Mazars,
/// confirmed), 2025-07 cycle 7 162–35 811 and housing fund floor 2 540 (unconfirmed); every other city ends 2025-06-30
/// except Shanghai (2026-06-30) and Xi'an (2025-12-31).
/// </summary>
public sealed class ContributionsCommandTests() : TempFolderTests("hrkit-cli-contrib-")
{
    private static readonly string[] CitiesEndingJune2025 =
        ["changsha", "chengdu", "chongqing", "guangzhou", "hangzhou", "nanjing", "qingdao", "shenzhen", "suzhou", "tianjin", "wuhan", "zhengzhou"];

    // One Beijing schedule, 2025-07-01..2026-06-30, with a pension/medical/unemployment floor of 12 000 (the built-in one is 7 162).
    internal static string BeijingFile(string employeeRate = "0.08") => $$"""
        {
          "city": "beijing", "name": "北京",
          "schedules": [
            {
              "effectiveFrom": "2025-07-01", "effectiveTo": "2026-06-30",
              "source": { "notice": "host test notice", "issuer": "host", "confidence": "unconfirmed" },
              "items": [
                { "code": "PENSION", "name": "养老保险", "employeeRate": {{employeeRate}}, "employerRate": 0.16, "baseFloor": 12000, "baseCeiling": 35811 },
                { "code": "MEDICAL", "name": "医疗保险", "employeeRate": 0.02, "employerRate": 0.09, "employeeFixed": 3, "baseFloor": 12000, "baseCeiling": 35811 },
                { "code": "UNEMPLOYMENT", "name": "失业保险", "employeeRate": 0.005, "employerRate": 0.005, "baseFloor": 12000, "baseCeiling": 35811 }
              ],
              "housingFund": { "defaultRate": 0.12, "minRate": 0.05, "maxRate": 0.12, "baseFloor": 2540, "baseCeiling": 35811, "rounding": "yuan" }
            }
          ]
        }
        """;

    private string HostFolder(string content)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Folder, "contributions")).FullName;
        File.WriteAllText(Path.Combine(folder, "beijing.json"), content);
        return folder;
    }

    private static JsonElement Item(JsonElement lookup, string code) =>
        lookup.GetProperty("schedule").GetProperty("items").EnumerateArray().Single(i => i.GetProperty("code").GetString() == code);

    [Fact]
    public async Task Lookup_BeijingNovember2026_CarriedForwardOnThe2025CycleExitZeroWithWarning()
    {
        var (exit, output, errors) = await CliRunner.RunAsync("payroll", "contributions", "--city", "beijing", "--month", "2026-11", "--format", "json");

        Assert.Equal(CliApp.Ok, exit);
        var lookup = JsonDocument.Parse(output).RootElement;
        Assert.Equal("carriedForward", lookup.GetProperty("coverage").GetString());
        Assert.Equal("2026-07", lookup.GetProperty("unpublishedCycle").GetString());
        Assert.Equal(5, lookup.GetProperty("monthsCarriedForward").GetInt32()); // July to November 2026
        Assert.Equal("2025-07-01", lookup.GetProperty("schedule").GetProperty("effectiveFrom").GetString());
        Assert.Equal("2026-06-30", lookup.GetProperty("schedule").GetProperty("effectiveTo").GetString());
        var pension = Item(lookup, "PENSION");
        Assert.Equal((7162m, 35811m, 0.08m, 0.16m), (pension.GetProperty("baseFloor").GetDecimal(), pension.GetProperty("baseCeiling").GetDecimal(),
            pension.GetProperty("employeeRate").GetDecimal(), pension.GetProperty("employerRate").GetDecimal()));
        Assert.Equal("unconfirmed", pension.GetProperty("source").GetProperty("confidence").GetString());
        Assert.Equal("https://github.com/linianhui/blog/blob/master/src/tool/tax/insurances.js", pension.GetProperty("source").GetProperty("url").GetString());
        var fund = Item(lookup, "HOUSING_FUND");
        Assert.Equal((2540m, 35811m, "yuan"), (fund.GetProperty("baseFloor").GetDecimal(), fund.GetProperty("baseCeiling").GetDecimal(), fund.GetProperty("rounding").GetString()));
        Assert.Equal(3m, Item(lookup, "MEDICAL").GetProperty("employeeFixed").GetDecimal());
        Assert.StartsWith("warning: provisional: 2026-07 cycle not yet published; bases of the 2025-07 cycle used (beijing schedule 2025-07-01..2026-06-30, carried forward 5 of at most 24 months).",
            errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lookup_BeijingJanuary2025Table_PublishedItemsWithConfidenceAndNumberedSources()
    {
        var (exit, output, errors) = await CliRunner.RunAsync("payroll", "contributions", "--city", "beijing", "--month", "2025-01");

        Assert.Equal(CliApp.Ok, exit);
        Assert.Equal("", errors);
        Assert.StartsWith("beijing 2025-01: published", output, StringComparison.Ordinal);
        Assert.Contains("housing fund rate chosen between 5% and 12% (default 12%)", output, StringComparison.Ordinal);
        Assert.Matches(@"PENSION\s+养老保险\s+6,821\.00\s+35,283\.00\s+8%\s+16%\s+0\.00\s+fen\s+confirmed\s+\[1\]", output);
        // The 9 % / 0.8 % split of the confirmed 9.8 % is recalled: the file marks these two items with their own, unconfirmed source.
        Assert.Matches(@"MEDICAL\s+医疗保险\s+6,821\.00\s+35,283\.00\s+2%\s+9%\s+3\.00\s+fen\s+unconfirmed\s+\[2\]", output);
        Assert.Matches(@"MATERNITY\s+生育保险\s+6,821\.00\s+35,283\.00\s+0%\s+0\.8%\s+0\.00\s+fen\s+unconfirmed\s+\[2\]", output);
        Assert.Matches(@"HOUSING_FUND\s+住房公积金\s+2,420\.00\s+35,283\.00\s+12%\s+12%\s+0\.00\s+yuan\s+confirmed\s+\[1\]", output);
        Assert.Contains("[1] Dec. 2024 - Social Insurance Base of 2024", output, StringComparison.Ordinal);
        Assert.Contains("https://forvismazars.com/cn/en/insights/our-publications/accounting-outsourcing-newsletters/dec.-2024-social-insurance-base-of-2024 (confirmed)", output, StringComparison.Ordinal);
        Assert.Contains("    note: The source gives employer medical including maternity as 9.8 %", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lookup_TableWithChineseNames_EveryColumnEndsAtTheSameDisplayColumn()
    {
        var (_, output, _) = await CliRunner.RunAsync("payroll", "contributions", "--city", "beijing", "--month", "2025-01");

        // 养老保险 (four wide characters, eight cells) and 住房公积金 (ten cells) in one column: the ceilings still end together.
        var lines = output.Split(Environment.NewLine);
        var header = lines.Single(l => l.StartsWith("Item ", StringComparison.Ordinal));
        var ceilingEnd = DisplayWidth(header[..(header.IndexOf("Ceiling", StringComparison.Ordinal) + "Ceiling".Length)]);
        foreach (var row in lines.Where(l => l.Contains("35,283.00", StringComparison.Ordinal)))
        {
            Assert.Equal(ceilingEnd, DisplayWidth(row[..(row.IndexOf("35,283.00", StringComparison.Ordinal) + "35,283.00".Length)]));
        }

        Assert.Equal(6, lines.Count(l => l.Contains("35,283.00", StringComparison.Ordinal)));
    }

    private static int DisplayWidth(string s) => s.Sum(c => c is >= '\u4E00' and <= '\u9FFF' ? 2 : 1);

    [Fact]
    public async Task Lookup_UnknownCity_ExitOneNamingTheCityAndHowToAddIt()
    {
        var (exit, output, errors) = await CliRunner.RunAsync("payroll", "contributions", "--city", "atlantis", "--month", "2026-01");

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Equal("", output);
        Assert.StartsWith("error: unknown city: 'atlantis' is not in the contribution table (known: beijing, changsha,", errors, StringComparison.Ordinal);
        Assert.Contains("pass the file, or its folder, with --contributions PATH.", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lookup_Beijing25MonthsAfterItsLastSchedule_BeyondTheLimitExitOne()
    {
        var (exit, output, errors) = await CliRunner.RunAsync("payroll", "contributions", "--city", "beijing", "--month", "2028-07", "--format", "json");

        Assert.Equal(CliApp.InvalidInput, exit);
        var lookup = JsonDocument.Parse(output).RootElement;
        Assert.Equal("beyondCarryForwardLimit", lookup.GetProperty("coverage").GetString());
        Assert.False(lookup.TryGetProperty("schedule", out _));
        Assert.Contains("2028-07 is 25 months after the last schedule ended", errors, StringComparison.Ordinal);
        Assert.Contains("add the 2026-07 cycle and later ones", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lookup_BeijingBeforeItsFirstSchedule_NotCoveredExitOne()
    {
        var (exit, _, errors) = await CliRunner.RunAsync("payroll", "contributions", "--city", "beijing", "--month", "2024-06");

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.StartsWith("error: not covered: the contribution table has no schedule of 'beijing' for 2024-06 (it covers 2024-07-01..2025-06-30, 2025-07-01..2026-06-30)",
            errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_December2026_ListsEveryCityEndingBeforeItAllProvisionalExitZero()
    {
        var (exit, output, errors) = await CliRunner.RunAsync("payroll", "contributions", "--check", "--month", "2026-12", "--format", "json");

        Assert.Equal(CliApp.Ok, exit);
        var report = JsonDocument.Parse(output).RootElement;
        Assert.Equal(0, report.GetProperty("beyondLimit").GetInt32());
        var cities = report.GetProperty("cities").EnumerateArray().ToDictionary(c => c.GetProperty("city").GetString()!);
        Assert.Equal(CitiesEndingJune2025.Concat(["beijing", "shanghai", "xian"]).Order(StringComparer.Ordinal), cities.Keys.Order(StringComparer.Ordinal));
        Assert.All(cities.Values, c => Assert.Equal("carriedForward", c.GetProperty("coverage").GetString()));
        Assert.Equal(("2026-06-30", 6, "2028-06"), Row(cities["beijing"]));
        Assert.Equal(("2025-12-31", 12, "2027-12"), Row(cities["xian"]));
        Assert.Equal(("2025-06-30", 18, "2027-06"), Row(cities["shenzhen"]));
        Assert.Contains("warning: 15 cities' data end before 2026-12", errors, StringComparison.Ordinal);
    }

    private static (string?, int, string?) Row(JsonElement city) => (city.GetProperty("lastDay").GetString(),
        city.GetProperty("monthsAfterLastDay").GetInt32(), city.GetProperty("carryForwardUntil").GetString());

    [Fact]
    public async Task Check_June2026Table_BeijingAndShanghaiStillPublishedAreNotListed()
    {
        var (exit, output, _) = await CliRunner.RunAsync("payroll", "contributions", "--check", "--month", "2026-06");

        Assert.Equal(CliApp.Ok, exit);
        Assert.StartsWith("Cities whose data end before 2026-06:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("beijing", output, StringComparison.Ordinal);
        Assert.DoesNotContain("shanghai", output, StringComparison.Ordinal);
        Assert.Matches(@"xian\s+2025-12-31\s+2027-12\s+provisional: carried forward 6 of at most 24 months", output);
        Assert.Equal(13, output.Split(Environment.NewLine).Count(l => l.Contains("provisional:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Check_July2027_TwelveCitiesBeyondTheLimitExitOne()
    {
        // Cities ending 2025-06-30 are 25 months behind in 2027-07; Xi'an (19) and Beijing, Shanghai (13) are still carried forward.
        var (exit, output, errors) = await CliRunner.RunAsync("payroll", "contributions", "--check", "--month", "2027-07");

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Matches(@"wuhan\s+2025-06-30\s+2027-06\s+BEYOND THE LIMIT: 25 months after its last schedule ended \(at most 24\)", output);
        Assert.Matches(@"xian\s+2025-12-31\s+2027-12\s+provisional: carried forward 19 of at most 24 months", output);
        Assert.StartsWith($"error: 12 of 15 cities behind 2027-07 are beyond the 24-month carry-forward limit ({string.Join(", ", CitiesEndingJune2025)})",
            errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_NoMonth_UsesTheClocksMonthInChina()
    {
        // 2026-06-30 16:30 UTC is already 2026-07-01 00:30 in Shanghai: July, so Beijing (data to 2026-06-30) is behind.
        var clock = new FakeClock(Instant.FromUtc(2026, 6, 30, 16, 30));
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await CliApp.RunAsync(["payroll", "contributions", "--check"], stdout, stderr, clock);

        Assert.Equal(CliApp.Ok, exit);
        Assert.StartsWith("Cities whose data end before 2026-07:", stdout.ToString(), StringComparison.Ordinal);
        Assert.Matches(@"beijing\s+2026-06-30\s+2028-06\s+provisional: carried forward 1 of at most 24 months", stdout.ToString());
    }

    [Fact]
    public async Task List_NoOptions_EveryCityWithItsFirstAndLastDay()
    {
        var (exit, output, errors) = await CliRunner.RunAsync("payroll", "contributions");

        Assert.Equal(CliApp.Ok, exit);
        Assert.Equal("", errors);
        Assert.Matches(@"beijing\s+2024-07-01\s+2026-06-30\s+2\s+2025-07\s+no\s+2028-06", output);
        Assert.Matches(@"xian\s+2025-01-01\s+2025-12-31\s+1\s+2025-01\s+no\s+2027-12", output);
        Assert.Equal(16, output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Length); // header + 15 cities
    }

    [Fact]
    public async Task List_Json_EveryCity()
    {
        var (exit, output, _) = await CliRunner.RunAsync("payroll", "contributions", "--list", "--format", "json");

        Assert.Equal(CliApp.Ok, exit);
        var cities = JsonDocument.Parse(output).RootElement.GetProperty("cities").EnumerateArray().ToList();
        Assert.Equal(15, cities.Count);
        var shanghai = cities.Single(c => c.GetProperty("city").GetString() == "shanghai");
        Assert.Equal(("2024-07-01", "2026-06-30", 2), (shanghai.GetProperty("firstDay").GetString(), shanghai.GetProperty("lastDay").GetString(), shanghai.GetProperty("schedules").GetInt32()));
    }

    [Fact]
    public async Task Contributions_HostFolderWithBeijing_ReplacesTheWholeBuiltInCity()
    {
        var folder = HostFolder(BeijingFile());

        var (exit, output, _) = await CliRunner.RunAsync("payroll", "contributions", "--city", "beijing", "--month", "2026-01", "--contributions", folder);
        var (before, _, beforeErrors) = await CliRunner.RunAsync("payroll", "contributions", "--city", "beijing", "--month", "2025-01", "--contributions", folder);

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("from beijing.json", output, StringComparison.Ordinal);
        Assert.Matches(@"PENSION\s+养老保险\s+12,000\.00\s+35,811\.00\s+8%\s+16%", output);
        Assert.Contains("[1] host test notice; host (unconfirmed)", output, StringComparison.Ordinal);
        // The host file has no 2024-07 cycle, and a host city replaces the built-in one with all its schedules.
        Assert.Equal(CliApp.InvalidInput, before);
        Assert.Contains("it covers 2025-07-01..2026-06-30)", beforeErrors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Contributions_HostFileWithANewCity_IsAddedNextToTheBuiltInOnes()
    {
        var file = Path.Combine(Folder, "testville.json");
        File.WriteAllText(file, BeijingFile().Replace("\"beijing\"", "\"testville\"", StringComparison.Ordinal));

        var (exit, output, _) = await CliRunner.RunAsync("payroll", "contributions", "--contributions", file);

        Assert.Equal(CliApp.Ok, exit);
        Assert.Matches(@"testville\s+2025-07-01\s+2026-06-30\s+1", output);
        Assert.Matches(@"beijing\s+2024-07-01\s+2026-06-30\s+2", output);
    }

    [Fact]
    public async Task Contributions_BrokenHostFile_ExitOneNamingFileJsonPathAndField()
    {
        var folder = HostFolder(BeijingFile(employeeRate: "8"));

        var (exit, output, errors) = await CliRunner.RunAsync("payroll", "contributions", "--city", "beijing", "--month", "2026-01", "--contributions", folder);

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Equal("", output);
        Assert.StartsWith($"error: --contributions {folder}: contribution table has 1 error(s):", errors, StringComparison.Ordinal);
        Assert.Contains("beijing.json: $.schedules[0].items[0].employeeRate: 8 is not a rate between 0 and 0.5; write 8 % as 0.08.", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Contributions_MissingPath_ExitOneNamingIt()
    {
        var missing = Path.Combine(Folder, "nope");

        var (exit, _, errors) = await CliRunner.RunAsync("payroll", "contributions", "--contributions", missing);

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Equal($"error: --contributions: '{missing}' does not exist; give a city file such as beijing.json or a folder of them." + Environment.NewLine, errors);
    }
}
