using System.Reflection;
using System.Text;
using HrKit.Payroll.Jurisdictions;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions;

/// <summary>
/// Every rule of the parameter file format (docs/jurisdictions.md#parameter-files) on both sides of its edge, each
/// problem with its file, JSON path and wording, so a loader that accepts a bad file or refuses a good one is noticed.
/// </summary>
public sealed class ParameterSetLoaderBoundaryTests
{
    private const string Source = """ "source": { "title": "Act" } """;

    private static ParameterSet Load(string json) => ParameterSetLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.json");

    private static string Problems(string json) => Assert.Throws<PayrollDataException>(() => Load(json)).Message;

    // The message of a file with a single problem: the heading, then that problem on its own line.
    private static string OneProblem(string problem) => "test.json: 1 problem(s):" + Environment.NewLine + problem;

    // A file with one parameter "rate" whose values array is the given text.
    private static string WithValues(string values) => $$"""{ "jurisdiction": "ZZ", "parameters": { "rate": { "values": [ {{values}} ] } } }""";

    private static string Entry(string body) => $$"""{ "effectiveFrom": "2024-01-01", {{body}}, {{Source}} }""";

    [Fact]
    public void Load_FileOfExactlyMaxFileBytes_IsRead()
    {
        var json = WithValues(Entry("\"value\": 7"));
        var padded = json + new string(' ', ParameterSetLoader.MaxFileBytes - Encoding.UTF8.GetByteCount(json));
        Assert.Equal(1 << 20, Encoding.UTF8.GetByteCount(padded));

        Assert.Equal(7m, Load(padded).Amount("rate").At(new LocalDate(2024, 1, 1)).Value);
    }

    [Fact]
    public void Load_OneByteAboveMaxFileBytes_RefusedNamingFileAndBound()
    {
        var json = WithValues(Entry("\"value\": 7"));
        var padded = json + new string(' ', ParameterSetLoader.MaxFileBytes + 1 - Encoding.UTF8.GetByteCount(json));

        Assert.Equal("test.json: larger than 1048576 bytes; a parameter file is a few kilobytes.", Problems(padded));
    }

    [Fact]
    public void Load_StreamFailing_RefusedNamingFileAndCause()
    {
        var error = Assert.Throws<PayrollDataException>(() => ParameterSetLoader.Load(new FailingStream(), "hk.json"));

        Assert.Equal("hk.json: cannot be read (disk gone).", error.Message);
        Assert.IsType<IOException>(error.InnerException);
    }

    [Fact]
    public void Load_CommentsAndTrailingCommas_Accepted()
    {
        var set = Load("""
            // statutory figures
            { "jurisdiction": "ZZ", /* code */ "parameters": { "rate": { "values": [
              { "effectiveFrom": "2024-01-01", "value": 0.05, "source": { "title": "Act", }, }, ], }, }, }
            """);

        Assert.Equal(0.05m, set.Amount("rate").At(new LocalDate(2024, 1, 1)).Value);
    }

    // The format needs 6 levels (root, parameters, parameter, values, entry, source); nest plain objects inside the
    // source (unknown properties are ignored) to reach the total depth.
    private static string NestedTo(int depth)
    {
        var inner = "1";
        for (var level = 7; level <= depth; level++)
        {
            inner = $$"""{ "x": {{inner}} }""";
        }

        return WithValues($$"""{ "effectiveFrom": "2024-01-01", "value": 3, "source": { "title": "Act", "x": {{inner}} } }""");
    }

    [Fact]
    public void Load_NestedAtMaxDepth_Accepted() =>
        Assert.Equal(3m, Load(NestedTo(ParameterSetLoader.MaxDepth)).Amount("rate").At(new LocalDate(2024, 1, 1)).Value);

    [Fact]
    public void Load_NestedOneBeyondMaxDepth_RefusedAsNotJson() =>
        Assert.StartsWith("test.json: not valid JSON (", Problems(NestedTo(ParameterSetLoader.MaxDepth + 1)), StringComparison.Ordinal);

    [Theory]
    [InlineData("[]")]
    [InlineData("\"ZZ\"")]
    [InlineData("null")]
    public void Load_RootNotAnObject_OneProblem(string json) =>
        Assert.Equal(
            OneProblem("test.json: $: must be an object with \"jurisdiction\" and \"parameters\"."),
            Problems(json));

    [Theory]
    [InlineData("")]
    [InlineData("\"jurisdiction\": 44,")]
    [InlineData("\"jurisdiction\": \"  \",")]
    [InlineData("\"jurisdiction\": null,")]
    public void Load_JurisdictionMissingOrNotAText_OneProblem(string jurisdiction) =>
        Assert.Equal(
            OneProblem("test.json: $.jurisdiction: required, a code such as \"HK\"."),
            Problems($$"""{ {{jurisdiction}} "parameters": { "rate": { "values": [ {{Entry("\"value\": 1")}} ] } } }"""));

    [Theory]
    [InlineData("{ \"jurisdiction\": \"ZZ\" }")]
    [InlineData("{ \"jurisdiction\": \"ZZ\", \"parameters\": [] }")]
    public void Load_ParametersMissingOrNotAnObject_OneProblem(string json) =>
        Assert.Equal(
            OneProblem("test.json: $.parameters: required, an object of parameter name to {\"values\": [...]}."),
            Problems(json));

    [Fact]
    public void Load_NoJurisdictionAndNoParameters_BothReported() =>
        Assert.Equal(
            "test.json: 2 problem(s):" + Environment.NewLine
            + "test.json: $.jurisdiction: required, a code such as \"HK\"." + Environment.NewLine
            + "test.json: $.parameters: required, an object of parameter name to {\"values\": [...]}.",
            Problems("{ }"));

    [Theory]
    [InlineData("7")]
    [InlineData("{ }")]
    [InlineData("{ \"values\": { } }")]
    public void Load_ParameterWithoutValuesArray_NamesItsPathAndGoesOnToTheNext(string parameter) =>
        Assert.Equal(
            "test.json: 2 problem(s):" + Environment.NewLine
            + "test.json: $.parameters['a'].values: required, an array of dated values." + Environment.NewLine
            + "test.json: $.parameters['b'].values[0].value: must be a number.",
            Problems($$"""{ "jurisdiction": "ZZ", "parameters": { "a": {{parameter}}, "b": { "values": [ {{Entry("\"value\": \"1\"")}} ] } } }"""));

    [Fact]
    public void Load_EntriesNotObjects_EachNamedByItsIndex() =>
        Assert.Equal(
            "test.json: 2 problem(s):" + Environment.NewLine
            + "test.json: $.parameters['rate'].values[1]: must be an object with effectiveFrom, value or scale, and source." + Environment.NewLine
            + "test.json: $.parameters['rate'].values[2]: must be an object with effectiveFrom, value or scale, and source.",
            Problems(WithValues(Entry("\"value\": 1") + ", 5, \"x\"")));

    [Fact]
    public void Load_EmptyValues_Refused() =>
        Assert.Equal(
            OneProblem("test.json: $.parameters['rate'].values: empty; give at least one dated value."),
            Problems(WithValues("")));

    [Fact]
    public void Load_EffectiveToOneDayBeforeEffectiveFrom_Refused() =>
        Assert.Equal(
            OneProblem("test.json: $.parameters['rate'].values[0].effectiveTo: 2023-12-31 is before effectiveFrom 2024-01-01."),
            Problems(WithValues(Entry("\"effectiveTo\": \"2023-12-31\", \"value\": 1"))));

    [Fact]
    public void Load_EffectiveToEqualToEffectiveFrom_AOneDayValue()
    {
        var series = Load(WithValues(Entry("\"effectiveTo\": \"2024-01-01\", \"value\": 1"))).Amount("rate");

        Assert.Equal(1m, series.At(new LocalDate(2024, 1, 1)).Value);
        Assert.Null(series.Find(new LocalDate(2024, 1, 2)));
        Assert.Null(series.Find(new LocalDate(2023, 12, 31)));
    }

    [Fact]
    public void Load_EffectiveToNull_AnOpenValue() =>
        Assert.Equal(1m, Load(WithValues(Entry("\"effectiveTo\": null, \"value\": 1"))).Amount("rate").At(new LocalDate(9999, 12, 31)).Value);

    [Theory]
    [InlineData("\"value\": 1, \"scale\": [ { \"threshold\": 0, \"rate\": 0.1 } ]")]
    [InlineData("\"reference\": \"none\"")]
    public void Load_BothOrNeitherOfValueAndScale_Refused(string body) =>
        Assert.Equal(
            OneProblem("test.json: $.parameters['rate'].values[0]: give exactly one of \"value\" (a number) or \"scale\" (an array of bands)."),
            Problems(WithValues(Entry(body))));

    [Theory]
    [InlineData("\"1\"")]
    [InlineData("true")]
    [InlineData("null")]
    [InlineData("1e30")]
    public void Load_ValueNotADecimalNumber_Refused(string value) =>
        Assert.Equal(
            OneProblem("test.json: $.parameters['rate'].values[0].value: must be a number."),
            Problems(WithValues(Entry($"\"value\": {value}"))));

    [Fact]
    public void Load_ValuesAndScalesMixed_Refused() =>
        Assert.Equal(
            OneProblem("test.json: $.parameters['rate'].values: mixes values and scales; a parameter is either an amount or a scale."),
            Problems(WithValues(
                """{ "effectiveFrom": "2024-01-01", "effectiveTo": "2024-12-31", "value": 1, "source": { "title": "Act" } },"""
                + """{ "effectiveFrom": "2025-01-01", "scale": [ { "threshold": 0, "rate": 0.1 } ], "source": { "title": "Act" } }""")));

    [Fact]
    public void Load_EffectiveFromMissingOrNull_RequiredAndNothingElseReported()
    {
        var missing = Problems(WithValues("""{ "value": 1, "source": { "title": "Act" } }"""));
        var isNull = Problems(WithValues("""{ "effectiveFrom": null, "value": 1, "source": { "title": "Act" } }"""));

        var expected = OneProblem("test.json: $.parameters['rate'].values[0].effectiveFrom: required, an ISO date such as \"2024-04-01\".");
        Assert.Equal(expected, missing);
        Assert.Equal(expected, isNull);
    }

    [Theory]
    [InlineData("20240101", "20240101")]
    [InlineData("\"2024-02-30\"", "\"2024-02-30\"")]
    [InlineData("\"1 Jan 2024\"", "\"1 Jan 2024\"")]
    public void Load_EffectiveFromNotAnIsoDate_QuotesTheRawValue(string date, string shown) =>
        Assert.Equal(
            OneProblem($"test.json: $.parameters['rate'].values[0].effectiveFrom: {shown} is not an ISO date such as \"2024-04-01\"."),
            Problems(WithValues($$"""{ "effectiveFrom": {{date}}, "value": 1, {{Source}} }""")));

    [Fact]
    public void Load_EffectiveToNotAnIsoDate_NamesEffectiveTo() =>
        Assert.Equal(
            OneProblem("test.json: $.parameters['rate'].values[0].effectiveTo: \"soon\" is not an ISO date such as \"2024-04-01\"."),
            Problems(WithValues(Entry("\"effectiveTo\": \"soon\", \"value\": 1"))));

    [Theory]
    [InlineData("")]
    [InlineData(", \"source\": \"Act\"")]
    [InlineData(", \"source\": { \"reference\": \"s. 1\" }")]
    [InlineData(", \"source\": { \"title\": 5 }")]
    [InlineData(", \"source\": { \"title\": \" \" }")]
    public void Load_SourceMissingOrWithoutTitle_Refused(string source) =>
        Assert.Equal(
            OneProblem("test.json: $.parameters['rate'].values[0].source: required, {\"title\": \"the legal text\", \"reference\": \"section\", \"url\": \"...\"}; every value names the law that sets it."),
            Problems(WithValues($$"""{ "effectiveFrom": "2024-01-01", "value": 1{{source}} }""")));

    [Fact]
    public void Load_SourceReferenceAndUrlNotTexts_ReadAsEmpty()
    {
        var source = Load(WithValues("""{ "effectiveFrom": "2024-01-01", "value": 1, "source": { "title": "Act", "reference": 3, "url": null } }"""))
            .Amount("rate").At(new LocalDate(2024, 1, 1)).Source;

        Assert.Equal(new LegalSource("Act", "", ""), source);
    }

    [Fact]
    public void Load_SourceWithEverything_KeptAsWritten() =>
        Assert.Equal(
            new LegalSource("Cap. 485", "Schedule 2", "https://www.elegislation.gov.hk/hk/cap485"),
            Load(WithValues("""{ "effectiveFrom": "2024-01-01", "value": 1, "source": { "title": "Cap. 485", "reference": "Schedule 2", "url": "https://www.elegislation.gov.hk/hk/cap485" } }"""))
                .Amount("rate").At(new LocalDate(2024, 1, 1)).Source);

    [Theory]
    [InlineData("\"scale\": { }")]
    [InlineData("\"scale\": 0.1")]
    public void Load_ScaleNotAnArray_Refused(string scale) =>
        Assert.Equal(
            OneProblem("test.json: $.parameters['rate'].values[0].scale: must be an array of {\"threshold\": number, \"rate\": number}."),
            Problems(WithValues(Entry(scale))));

    [Theory]
    [InlineData("0.1")]
    [InlineData("{ \"rate\": 0.1 }")]
    [InlineData("{ \"threshold\": \"0\", \"rate\": 0.1 }")]
    [InlineData("{ \"threshold\": 0 }")]
    [InlineData("{ \"threshold\": 0, \"rate\": \"10%\" }")]
    [InlineData("{ \"threshold\": 1e40, \"rate\": 0.1 }")]
    public void Load_BandNotThresholdAndRateNumbers_NamedByIndex(string band) =>
        Assert.Equal(
            OneProblem("test.json: $.parameters['rate'].values[0].scale[1]: must be {\"threshold\": number, \"rate\": number}."),
            Problems(WithValues(Entry($$"""
                "scale": [ { "threshold": 0, "rate": 0.1 }, {{band}} ]
                """))));

    [Theory]
    [InlineData("-0.01")]
    [InlineData("1.01")]
    [InlineData("17")]
    public void Load_RateOutsideZeroToOne_Refused(string rate) =>
        Assert.Equal(
            OneProblem($"test.json: $.parameters['rate'].values[0].scale[0].rate: {rate} is not a rate between 0 and 1 (write 17 % as 0.17)."),
            Problems(WithValues(Entry($$""" "scale": [ { "threshold": 0, "rate": {{rate}} } ] """))));

    [Fact]
    public void Load_RatesZeroAndOne_AcceptedAsTheEndsOfTheRange()
    {
        var scale = Load(WithValues(Entry(""" "scale": [ { "threshold": 0, "rate": 0 }, { "threshold": 100, "rate": 1 } ] """)))
            .Scale("rate").At(new LocalDate(2024, 1, 1)).Value;

        // 100 at 0 % + 50 at 100 % = 50.
        Assert.Equal(50m, scale.Apply(150m));
    }

    [Fact]
    public void Load_ScaleNotStartingAtZero_RefusedWithTheScalesReason() =>
        Assert.Equal(
            OneProblem("test.json: $.parameters['rate'].values[0].scale: A scale needs at least one band and its first band must start at threshold 0."),
            Problems(WithValues(Entry(""" "scale": [ { "threshold": 10, "rate": 0.1 } ] """))));

    [Fact]
    public void Load_OneBadBandInTheSecondParameter_OnlyThatScaleRefused()
    {
        var message = Problems("""
            { "jurisdiction": "ZZ", "parameters": {
              "a": { "values": [ { "effectiveFrom": "2024-01-01", "value": "x", "source": { "title": "Act" } } ] },
              "b": { "values": [ { "effectiveFrom": "2024-01-01", "scale": [ { "threshold": 0, "rate": 2 }, { "threshold": 5, "rate": 0.2 } ], "source": { "title": "Act" } } ] } } }
            """);

        Assert.Equal(
            "test.json: 2 problem(s):" + Environment.NewLine
            + "test.json: $.parameters['a'].values[0].value: must be a number." + Environment.NewLine
            + "test.json: $.parameters['b'].values[0].scale[0].rate: 2 is not a rate between 0 and 1 (write 17 % as 0.17).",
            message);
    }

    [Fact]
    public void Load_SameNameTwice_RefusedNamingIt() =>
        Assert.Equal(
            OneProblem("test.json: $.parameters: Parameter 'rate' is defined twice in the ZZ set; keep one series per name."),
            Problems($$"""{ "jurisdiction": "ZZ", "parameters": { "rate": { "values": [ {{Entry("\"value\": 1")}} ] }, "rate": { "values": [ {{Entry("\"value\": 2")}} ] } } }"""));

    [Fact]
    public void Load_OverlappingValues_RefusedWithTheSeriesReason() =>
        Assert.Equal(
            OneProblem("test.json: $.parameters['rate'].values: Parameter 'rate': the value from 2024-01-01 overlaps the one from 2024-12-31; give the earlier one an effectiveTo before the later one starts."),
            Problems(WithValues(
                Entry("\"effectiveTo\": \"2024-12-31\", \"value\": 1") + ","
                + """{ "effectiveFrom": "2024-12-31", "value": 2, "source": { "title": "Act" } }""")));

    [Fact]
    public void Load_ValueEndingTheDayBeforeTheNext_BothFoundOnTheirDays()
    {
        var series = Load(WithValues(
            Entry("\"effectiveTo\": \"2024-12-31\", \"value\": 1") + ","
            + """{ "effectiveFrom": "2025-01-01", "value": 2, "source": { "title": "Act" } }""")).Amount("rate");

        Assert.Equal(1m, series.At(new LocalDate(2024, 12, 31)).Value);
        Assert.Equal(2m, series.At(new LocalDate(2025, 1, 1)).Value);
    }

    [Fact]
    public void Load_NullArguments_ThrowArgumentNull()
    {
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => ParameterSetLoader.Load(null!, "a.json")).ParamName);
        Assert.Equal("fileName", Assert.Throws<ArgumentNullException>(() => ParameterSetLoader.Load(new MemoryStream(), null!)).ParamName);
    }

    [Fact]
    public void LoadEmbedded_MissingResource_DataErrorNamingResourceAndAssembly()
    {
        var assembly = typeof(ParameterSetLoader).Assembly;

        var error = Assert.Throws<PayrollDataException>(() => ParameterSetLoader.LoadEmbedded(assembly, "nothing.json"));

        Assert.Equal(
            "Embedded resource nothing.json is missing from HrKit.Payroll; check the EmbeddedResource item and its LogicalName.",
            error.Message);
    }

    [Fact]
    public void LoadEmbedded_NullArguments_ThrowArgumentNull()
    {
        Assert.Equal("assembly", Assert.Throws<ArgumentNullException>(() => ParameterSetLoader.LoadEmbedded(null!, "a.json")).ParamName);
        Assert.Equal("resourceName", Assert.Throws<ArgumentNullException>(() => ParameterSetLoader.LoadEmbedded(Assembly.GetExecutingAssembly(), null!)).ParamName);
    }

    private sealed class FailingStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => 0; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("disk gone");

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
