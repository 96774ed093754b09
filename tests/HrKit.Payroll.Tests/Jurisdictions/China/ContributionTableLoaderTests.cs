using System.Text;
using HrKit.Payroll.Jurisdictions.China;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.China;

/// <summary>Reading contribution files: good files, and every kind of bad file with the error that names file, JSON path and field.</summary>
public sealed class ContributionTableLoaderTests
{
    private const string Item = """{ "code": "PENSION", "employeeRate": 0.08, "employerRate": 0.16, "baseFloor": 4000, "baseCeiling": 20000, "rounding": "fen" }""";

    private const string Source = """{ "notice": "Test notice No. 1", "issuer": "Test bureau", "url": "https://example.org/n1", "confidence": "confirmed" }""";

    private static string City(string items = Item, string from = "2025-07-01", string to = "2026-06-30", string source = Source, string extra = "", string city = "testville") => $$"""
        {
          "city": "{{city}}", "name": "测试",
          "schedules": [
            { "effectiveFrom": "{{from}}", "effectiveTo": "{{to}}", "source": {{source}}, "items": [ {{items}} ]{{extra}} }
          ]
        }
        """;

    private static ContributionTable Load(string json, string file = "testville.json") =>
        ContributionTableLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), file);

    private static string Error(string json, string file = "testville.json") =>
        Assert.Throws<PayrollDataException>(() => Load(json, file)).Message;

    [Fact]
    public void Load_SingleCityFile_ReadsItemsHousingFundAndSources()
    {
        var table = Load(City(
            items: Item + """, { "code": "MEDICAL", "employeeRate": 0.02, "employerRate": 0.08, "employeeFixed": 3, "baseFloor": 5000, "baseCeiling": 25000, "source": { "notice": "Medical notice", "url": "https://example.org/m", "confidence": "unconfirmed", "note": "rate recalled" } }""",
            extra: """, "housingFund": { "defaultRate": 0.12, "minRate": 0.05, "maxRate": 0.12, "baseFloor": 2000, "baseCeiling": 30000, "rounding": "yuan" }"""));

        var schedule = Assert.Single(table.Schedules);
        Assert.Equal("testville", schedule.City);
        Assert.Equal("testville.json", schedule.Origin);
        Assert.Equal(new LocalDate(2026, 6, 30), schedule.EffectiveTo);
        Assert.Equal(ContributionConfidence.Confirmed, schedule.Provenance.Confidence);
        var pension = schedule.Items.Single(i => i.Code == "PENSION");
        Assert.Equal("Test notice No. 1", pension.Provenance.Notice); // inherited from the schedule
        var medical = schedule.Items.Single(i => i.Code == "MEDICAL");
        Assert.Equal(ContributionConfidence.Unconfirmed, medical.Provenance.Confidence);
        Assert.Equal(3m, medical.EmployeeFixed);
        var fund = schedule.Items.Single(i => i.IsHousingFund);
        Assert.Equal(RoundingRule.Yuan, fund.Rounding);
        Assert.Equal((0.05m, 0.12m), (schedule.HousingFundMinRate, schedule.HousingFundMaxRate));
        Assert.False(schedule.IsConfirmed);
    }

    [Fact]
    public void Load_OneLineSourceOrNoConfidence_IsUnconfirmed()
    {
        var oneLine = Load(City(source: "\"北京市人社局 2025 notice\"")).Schedules.Single();
        var unmarked = Load(City(source: """{ "notice": "n", "url": "https://example.org" }""")).Schedules.Single();

        Assert.Equal(ContributionConfidence.Unconfirmed, oneLine.Provenance.Confidence);
        Assert.Equal("北京市人社局 2025 notice", oneLine.Provenance.Notice);
        Assert.Equal(ContributionConfidence.Unconfirmed, unmarked.Provenance.Confidence);
    }

    [Fact]
    public void Load_MultiCityFile_ReadsEveryCity()
    {
        var json = """
            { "cities": [
              { "city": "alpha", "schedules": [ { "effectiveFrom": "2025-01-01", "source": "s", "items": [ { "code": "PENSION", "employeeRate": 0.08, "employerRate": 0.16, "baseFloor": 1, "baseCeiling": 2 } ] } ] },
              { "city": "beta", "schedules": [ { "effectiveFrom": "2025-01-01", "source": "s", "items": [ { "code": "PENSION", "employeeRate": 0.08, "employerRate": 0.16, "baseFloor": 1, "baseCeiling": 2 } ] } ] }
            ] }
            """;

        Assert.Equal(["alpha", "beta"], Load(json, "overrides.json").Cities.Order(StringComparer.Ordinal));
    }

    public static TheoryData<string, string> BadFiles => new()
    {
        // Missing fields.
        { City(items: """{ "code": "PENSION", "employerRate": 0.16, "baseFloor": 4000, "baseCeiling": 20000 }"""), "testville.json: $.schedules[0].items[0].employeeRate: required" },
        { City(items: """{ "code": "PENSION", "employeeRate": 0.08, "employerRate": 0.16, "baseFloor": 4000 }"""), "testville.json: $.schedules[0].items[0].baseCeiling: required" },
        { City(from: ""), "testville.json: $.schedules[0].effectiveFrom: required" },
        { City(source: "null"), "testville.json: $.schedules[0].source: required" },
        { City(items: """{ "employeeRate": 0.08, "employerRate": 0.16, "baseFloor": 4000, "baseCeiling": 20000 }"""), "testville.json: $.schedules[0].items[0].code: required" },
        { """{ "schedules": [] }""", "testville.json: $.city: required" },
        { """{ "city": "testville" }""", "testville.json: $.schedules: required" },
        // Values out of range.
        { City(items: Item.Replace("\"baseFloor\": 4000", "\"baseFloor\": 40000", StringComparison.Ordinal)), "testville.json: $.schedules[0].items[0].baseFloor: 40000 is above baseCeiling 20000" },
        { City(items: Item.Replace("0.08", "8", StringComparison.Ordinal)), "testville.json: $.schedules[0].items[0].employeeRate: 8 is not a rate between 0 and 0.5" },
        { City(items: Item.Replace("0.16", "-0.01", StringComparison.Ordinal)), "testville.json: $.schedules[0].items[0].employerRate: -0.01 is not a rate" },
        { City(items: Item.Replace("20000", "2000000", StringComparison.Ordinal)), "testville.json: $.schedules[0].items[0]: bases must lie between 0 and 1000000" },
        { City(extra: """, "housingFund": { "defaultRate": 0.15, "minRate": 0.05, "maxRate": 0.12, "baseFloor": 2000, "baseCeiling": 30000 }"""), "testville.json: $.schedules[0].housingFund.defaultRate: 0.15 must lie between minRate 0.05 and maxRate 0.12" },
        { City(to: "2025-01-01"), "testville.json: $.schedules[0].effectiveTo: 2025-01-01 is before effectiveFrom 2025-07-01" },
        { City(from: "2025-13-01"), "testville.json: $.schedules[0].effectiveFrom: '2025-13-01' is not a date" },
        { City(items: Item.Replace("\"fen\"", "\"cents\"", StringComparison.Ordinal)), "testville.json: $.schedules[0].items[0].rounding: 'cents' is not a rounding rule" },
        // Sources and confidence marks.
        { City(source: """{ "notice": "n", "confidence": "sure" }"""), "testville.json: $.schedules[0].source.confidence: 'sure' is not a confidence mark" },
        { City(source: """{ "notice": "n", "confidence": "confirmed" }"""), "testville.json: $.schedules[0].source.url: a confirmed figure needs the URL" },
        { City(source: """{ "issuer": "someone" }"""), "testville.json: $.schedules[0].source.notice: required" },
        // Unknown city codes and items.
        { City(city: "Ürümqi"), "testville.json: $.city: 'Ürümqi' is not a city code" },
        { City(city: "shanghai"), "testville.json: $.city: the file declares city 'shanghai' but is named testville.json" },
        { City(items: Item.Replace("PENSION", "PENSON", StringComparison.Ordinal)), "testville.json: $.schedules[0].items[0].code: unknown item 'PENSON'" },
        { City(items: Item.Replace("PENSION", "HOUSING_FUND", StringComparison.Ordinal)), "testville.json: $.schedules[0].items[0].code: the housing fund goes in \"housingFund\"" },
        { City(items: Item + ", " + Item), "testville.json: $.schedules[0].items[1].code: 'PENSION' appears twice" },
        // Shape problems found by the JSON reader.
        { City(items: Item.Replace("baseFloor", "baseFlor", StringComparison.Ordinal)), "testville.json: $.schedules[0].items[0].baseFlor" },
        { City(items: Item.Replace("0.08", "\"8%\"", StringComparison.Ordinal)), "testville.json: $.schedules[0].items[0].employeeRate (line 4): wrong type: rates, bases and amounts are JSON numbers" },
        { """{ "city": "testville", "schedules": [ { "effectiveFrom": "2025-07-01" """, "testville.json: line 1: malformed JSON" },
        { "null", "testville.json: $: the file is empty" },
        { """{ "city": "testville", "cities": [] }""", "testville.json: $: give either \"city\" and \"schedules\" (one city) or \"cities\"" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Load_BadFile_ThrowsNamingFilePathAndField(string json, string expected)
    {
        Assert.Contains(expected, Error(json), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_InvalidUtf8InAString_ThrowsNamingFileAndLine()
    {
        // Found by HostileContributionPropertyTests: the byte 0xC0 inside the name made reading the string throw
        // InvalidOperationException out of the loader.
        var file = Encoding.UTF8.GetBytes(City());
        var name = file.AsSpan().IndexOf(Encoding.UTF8.GetBytes("测"));
        byte[] bytes = [.. file[..name], 0xC0, .. file[name..]];

        var ex = Assert.Throws<PayrollDataException>(() => ContributionTableLoader.Load(new MemoryStream(bytes), "testville.json"));

        Assert.Contains("testville.json: line 2: byte", ex.Message, StringComparison.Ordinal);
        Assert.Contains("is not valid UTF-8", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownField_SaysItIsUnknownAndWhereTheFieldsAreListed()
    {
        var message = Error(City(items: Item.Replace("baseFloor", "baseFlor", StringComparison.Ordinal)));

        Assert.Contains("unknown field 'baseFlor'", message, StringComparison.Ordinal);
        Assert.Contains("contribution-city.schema.json", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SeveralProblems_ReportsAllAtOnce()
    {
        var message = Error(City(items: """{ "code": "PENSION", "employeeRate": 8, "employerRate": 0.16, "baseFloor": 9, "baseCeiling": 1 }"""));

        Assert.Contains("contribution table has 2 error(s)", message, StringComparison.Ordinal);
        Assert.Contains("$.schedules[0].items[0].employeeRate", message, StringComparison.Ordinal);
        Assert.Contains("$.schedules[0].items[0].baseFloor", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OverlappingSchedules_NamesFileCityAndBothSchedules()
    {
        static string Schedule(string from, string to) => $$"""{ "effectiveFrom": "{{from}}", "effectiveTo": "{{to}}", "source": "s", "items": [ {{Item}} ] }""";
        var json = $$"""{ "city": "testville", "schedules": [ {{Schedule("2025-07-01", "2026-06-30")}}, {{Schedule("2026-01-01", "2026-12-31")}} ] }""";

        var message = Error(json);

        Assert.Contains("testville.json: $.schedules: city 'testville': the schedule 2025-07-01..2026-06-30 overlaps the one from 2026-01-01", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NestedDeeperThanTheLimit_IsRejectedWithTheDepth()
    {
        var deep = new string('[', 40) + new string(']', 40);

        var message = Error(City(source: deep));

        Assert.Contains($"testville.json: line 4: nested deeper than {ContributionTableLoader.MaxDepth} levels", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FileLargerThanOneMebibyte_IsRejectedBeforeParsing()
    {
        var padding = new string(' ', ContributionTableLoader.MaxFileBytes);
        var message = Error(City() + padding);

        Assert.Contains($"testville.json: the file is larger than {ContributionTableLoader.MaxFileBytes} bytes", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_HugeNonSeekableStream_StopsReadingAtTheLimit()
    {
        using var stream = new EndlessStream();

        var ex = Assert.Throws<PayrollDataException>(() => ContributionTableLoader.Load(stream, "pipe.json"));

        Assert.Contains("pipe.json: the file is larger than", ex.Message, StringComparison.Ordinal);
        Assert.InRange(stream.BytesRead, ContributionTableLoader.MaxFileBytes, ContributionTableLoader.MaxFileBytes + 81_920);
    }

    [Fact]
    public void LoadPath_Folder_ReadsEveryCityFileAndRejectsTheSameCityTwice()
    {
        var folder = Directory.CreateTempSubdirectory("hrkit-contrib-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "testville.json"), City());
            File.WriteAllText(Path.Combine(folder.FullName, "otherville.json"), City(city: "otherville"));
            File.WriteAllText(Path.Combine(folder.FullName, "notes.txt"), "not read");

            Assert.Equal(["otherville", "testville"], ContributionTableLoader.LoadPath(folder.FullName).Cities.Order(StringComparer.Ordinal));

            File.WriteAllText(Path.Combine(folder.FullName, "zz-more.json"), $$"""{ "cities": [ {{City().Trim()}} ] }""");
            var ex = Assert.Throws<PayrollDataException>(() => ContributionTableLoader.LoadPath(folder.FullName));
            Assert.Contains("zz-more.json: $.cities[0].city: 'testville' is also defined in testville.json", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void LoadPath_MissingFileOrEmptyFolder_IsADataErrorNamingThePath()
    {
        var folder = Directory.CreateTempSubdirectory("hrkit-contrib-");
        try
        {
            var missing = Path.Combine(folder.FullName, "nowhere.json");
            Assert.Contains("nowhere.json: cannot be read", Assert.Throws<PayrollDataException>(() => ContributionTableLoader.LoadPath(missing)).Message, StringComparison.Ordinal);
            Assert.Contains("no .json files", Assert.Throws<PayrollDataException>(() => ContributionTableLoader.LoadPath(folder.FullName)).Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void BuiltIn_EveryCityFile_LoadsWithASourceOnEveryItem()
    {
        var table = ContributionTable.BuiltIn;

        Assert.True(table.Cities.Count() >= 15);
        Assert.All(table.Schedules, s =>
        {
            Assert.Equal(s.City + ".json", s.Origin);
            Assert.All(s.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Provenance.Url), $"{s.City} {i.Code} has no source URL"));
        });
    }

    // A stream that never ends and cannot seek, as a pipe or a network body would be.
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            BytesRead += count;
            return count;
        }

        public override void Flush() { }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
