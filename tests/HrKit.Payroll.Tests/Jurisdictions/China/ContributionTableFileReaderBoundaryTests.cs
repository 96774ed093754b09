using System.Text;
using HrKit.Payroll.Jurisdictions.China;

namespace HrKit.Payroll.Tests.Jurisdictions.China;

/// <summary>
/// A host's contribution file read at its edges: the 1 MiB bound from a seekable stream (counted from its position) and
/// from one that is not, one error per malformed file, each missing or null part named by its JSON path, items,
/// housing fund and sources each at the edge of their ranges and with what they default to.
/// </summary>
public sealed class ContributionTableFileReaderBoundaryTests
{
    private const string Item = """{ "code": "PENSION", "employeeRate": 0.08, "employerRate": 0.16, "baseFloor": 4000, "baseCeiling": 20000 }""";

    private static string City(string items = Item, string extra = "", string source = "\"test\"") => $$"""
        { "city": "xian", "schedules": [ { "effectiveFrom": "2025-07-01", "source": {{source}}, "items": [ {{items}} ]{{extra}} } ] }
        """;

    private static ContributionTable Load(string json) => ContributionTableLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    // The problems under the "contribution table has N error(s):" heading, one a line.
    private static string[] Errors(Stream json)
    {
        var ex = Assert.Throws<PayrollDataException>(() => ContributionTableLoader.Load(json));
        var lines = ex.Message.Split(Environment.NewLine);
        Assert.Equal($"contribution table has {lines.Length - 1} error(s):", lines[0]);
        return [.. lines.Skip(1).Select(l => l.Trim())];
    }

    private static string[] Errors(string json) => Errors(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    private static ContributionItem Pension(ContributionTable table) => table.Find("xian", new NodaTime.YearMonth(2025, 7))!.Items.Single(i => i.Code == "PENSION");

    [Fact]
    public void Size_OneMiBFromTheStreamsPositionAccepted_OneByteMoreRefusedOnce()
    {
        var json = Encoding.UTF8.GetBytes(City());
        var atBound = new byte[ContributionTableLoader.MaxFileBytes];
        Array.Fill(atBound, (byte)' ');
        json.CopyTo(atBound, 0);
        var skipped = new MemoryStream([.. "garbage"u8, .. atBound]) { Position = 7 };

        Assert.Single(ContributionTableLoader.Load(new MemoryStream(atBound)).Cities);
        Assert.Single(ContributionTableLoader.Load(skipped).Cities);
        Assert.Single(ContributionTableLoader.Load(new OneWayStream(atBound)).Cities);

        const string tooLarge = "(stream): the file is larger than 1048576 bytes (1 MiB); keep one city per file.";
        Assert.Equal([tooLarge], Errors(new MemoryStream([.. atBound, (byte)' '])));
        Assert.Equal([tooLarge], Errors(new OneWayStream([.. atBound, (byte)' '])));
    }

    [Fact]
    public void MalformedOrNotUtf8_OneErrorEach_TrailingCommasAndCommentsAllowed()
    {
        Assert.Single(Load(City(extra: ", /* none */")).Cities);
        Assert.Single(Load(City(items: Item + ",")).Cities);

        Assert.Single(Errors("{ \"city\": \"xian\", "));
        // The byte is counted from 0, as an offset: '{"city":"' is bytes 0 to 8.
        Assert.Equal(["(stream): line 1: byte 9 is not valid UTF-8; save the file as UTF-8."], Errors(new MemoryStream([.. "{\"city\":\""u8, 0xFF, .. "\"}"u8])));
    }

    [Fact]
    public void NullCitySchedulesOrItems_NamedByTheirPath()
    {
        Assert.Equal(["(stream): $.cities[1]: must be an object with \"city\" and \"schedules\"."], Errors("{ \"cities\": [ " + City() + ", null ] }"));
        Assert.Equal(["(stream): $.schedules[0]: must be an object."], Errors("""{ "city": "xian", "schedules": [ null ] }"""));
        Assert.Equal(["(stream): $.schedules[0].items[0]: must be an object."], Errors(City(items: "null")));
        Assert.Equal(["(stream): $.schedules[0].items: required, at least one item (PENSION, MEDICAL, …)."], Errors(City(items: "")));
        Assert.Equal(["(stream): $.schedules[0].items: required, at least one item (PENSION, MEDICAL, …)."],
            Errors("""{ "city": "xian", "schedules": [ { "effectiveFrom": "2025-07-01", "source": "test" } ] }"""));
        Assert.Equal(["(stream): $.city: required, a city code such as \"beijing\"."], Errors("""{ "city": " ", "schedules": [ ] }"""));
    }

    [Fact]
    public void ItemCodes_MissingOrUnknown_ListTheCodesInOrder()
    {
        var missing = Errors(City(items: """{ "employeeRate": 0.08, "employerRate": 0.16, "baseFloor": 4000, "baseCeiling": 20000 }"""));
        var unknown = Errors(City(items: Item.Replace("PENSION", "PENSIONS", StringComparison.Ordinal)));

        const string codes = "MATERNITY, MEDICAL, PENSION, SERIOUS_ILLNESS, UNEMPLOYMENT, WORK_INJURY";
        Assert.Equal([$"(stream): $.schedules[0].items[0].code: required ({codes})."], missing);
        Assert.Equal([$"(stream): $.schedules[0].items[0].code: unknown item 'PENSIONS'; use one of {codes}."], unknown);
    }

    [Fact]
    public void Item_EdgesAcceptedAndDefaults_NameIsTheCodeAndFloorMayEqualCeiling()
    {
        var table = Load(City(items: """{ "code": "PENSION", "employeeRate": 0.5, "employerRate": 0, "employeeFixed": 1000, "baseFloor": 20000, "baseCeiling": 20000 }"""));

        var pension = Pension(table);
        Assert.Equal(("PENSION", 0.5m, 0m, 1_000m, 20_000m, 20_000m), (pension.Name, pension.EmployeeRate, pension.EmployerRate, pension.EmployeeFixed, pension.BaseFloor, pension.BaseCeiling));

        Assert.Equal(["(stream): $.schedules[0].items[0].employeeFixed: 1000.01 must lie between 0 and 1000 yuan a month."],
            Errors(City(items: Item.Replace("\"baseFloor\"", "\"employeeFixed\": 1000.01, \"baseFloor\"", StringComparison.Ordinal))));
        Assert.Equal(["(stream): $.schedules[0].items[0].baseFloor: required, yuan a month."],
            Errors(City(items: """{ "code": "PENSION", "employeeRate": 0.08, "employerRate": 0.16, "baseCeiling": 20000 }""")));
    }

    [Fact]
    public void HousingFund_DefaultAtTheMinimumAccepted_EachRateAndRoundingNamedByItsPath()
    {
        string Fund(string rates) => City(extra: $$""", "housingFund": { {{rates}}, "baseFloor": 2000, "baseCeiling": 20000, "source": { "notice": "HF notice" } }""");

        var fund = Load(Fund("\"defaultRate\": 0.05, \"minRate\": 0.05, \"maxRate\": 0.12")).Find("xian", new NodaTime.YearMonth(2025, 7))!.Items.Single(i => i.IsHousingFund);

        Assert.Equal(("住房公积金", 0.05m, 0.05m, "HF notice"), (fund.Name, fund.EmployeeRate, fund.EmployerRate, fund.Provenance.Notice));
        Assert.Equal(
            [
                "(stream): $.schedules[0].housingFund.defaultRate: 0.6 is not a rate between 0 and 0.5; write 8 % as 0.08.",
                "(stream): $.schedules[0].housingFund.minRate: 0.7 is not a rate between 0 and 0.5; write 8 % as 0.08.",
                "(stream): $.schedules[0].housingFund.maxRate: 0.8 is not a rate between 0 and 0.5; write 8 % as 0.08.",
            ],
            Errors(Fund("\"defaultRate\": 0.6, \"minRate\": 0.7, \"maxRate\": 0.8")));
        Assert.Equal(["(stream): $.schedules[0].housingFund.rounding: 'cent' is not a rounding rule; use fen, jiao, yuan, yuanUp or none."],
            Errors(Fund("\"defaultRate\": 0.05, \"minRate\": 0.05, \"maxRate\": 0.12, \"rounding\": \"cent\"")));
    }

    [Fact]
    public void Sources_IssuerAndNoteTrimmed_AFieldOfTheWrongTypeRefusedNamingIt()
    {
        var full = Pension(Load(City(source: """{ "notice": "N 7", "issuer": "  Xi'an bureau ", "note": " checked twice  " }"""))).Provenance;

        Assert.Equal(("Xi'an bureau", "checked twice"), (full.Issuer, full.Note));
        // A number where the address goes is an error naming the field, not an unknown source accepted in silence.
        var error = Assert.Single(Errors(City(source: """{ "notice": "N 7", "url": 5 }""")));
        Assert.StartsWith("(stream): $.schedules[0].source.url: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_OneLineOrAnObject_TrimmedWithTheirDefaults()
    {
        var oneLine = Pension(Load(City())).Provenance;
        var noticeOnly = Pension(Load(City(source: """{ "notice": "  Notice 7  ", "confidence": "" }"""))).Provenance;
        var urlOnly = Pension(Load(City(source: """{ "url": " https://example.gov.cn/7 " }"""))).Provenance;

        Assert.Equal(("test", "", "", ContributionConfidence.Unconfirmed, "one-line source without a confidence mark"),
            (oneLine.Notice, oneLine.Issuer, oneLine.Url, oneLine.Confidence, oneLine.Note));
        Assert.Equal(("Notice 7", "", "", ContributionConfidence.Unconfirmed), (noticeOnly.Notice, noticeOnly.Issuer, noticeOnly.Url, noticeOnly.Confidence));
        Assert.Equal(("", "https://example.gov.cn/7"), (urlOnly.Notice, urlOnly.Url));
        Assert.Equal(["(stream): $.schedules[0].source.notice: required (or url): name the notice or report the figures come from."],
            Errors(City(source: """{ "issuer": "bureau" }""")));
        Assert.Equal(["(stream): $.schedules[0].source: must be an object { \"notice\", \"issuer\", \"url\", \"confidence\", \"note\" } or a string."],
            Errors(City(source: "7")));
    }

    [Fact]
    public void OneCityFile_NameCheckedOnlyForJsonFiles()
    {
        using var folder = new ContributionTableLoaderBoundaryTests.TempFolder();
        var text = Path.Combine(folder.Path, "data.txt");
        var json = Path.Combine(folder.Path, "data.json");
        File.WriteAllText(text, City());
        File.WriteAllText(json, City());

        Assert.Single(ContributionTableLoader.LoadFile(text).Cities);
        var ex = Assert.Throws<PayrollDataException>(() => ContributionTableLoader.LoadFile(json));
        Assert.EndsWith("data.json: $.city: the file declares city 'xian' but is named data.json; name a one-city file after its city (xian.json).", ex.Message, StringComparison.Ordinal);
    }

    // A stream that cannot seek: its length is learnt only by reading it.
    private sealed class OneWayStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
