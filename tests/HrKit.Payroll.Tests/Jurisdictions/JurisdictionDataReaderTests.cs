using System.Text;
using System.Text.Json;
using HrKit.Payroll.Jurisdictions;
using HrKit.Payroll.Localization;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions;

/// <summary>
/// The field reader of the packs' parameter files: each rule at its edge, every problem collected with file and path,
/// nothing thrown until the end.
/// </summary>
public sealed class JurisdictionDataReaderTests
{
    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private static string[] Problems(JurisdictionDataReader reader) => [.. reader.Errors.Select(e => e.ToString())];

    [Fact]
    public void Parse_ExactlyMaxFileBytes_Parsed()
    {
        var reader = new JurisdictionDataReader("f.json");
        var json = "{}" + new string(' ', JurisdictionDataReader.MaxFileBytes - 2);

        using var document = reader.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        Assert.NotNull(document);
        Assert.Empty(reader.Errors);
    }

    [Fact]
    public void Parse_OneByteMore_RefusedNamingTheBound()
    {
        var reader = new JurisdictionDataReader("f.json");

        Assert.Null(reader.Parse(new MemoryStream(Encoding.UTF8.GetBytes("{}" + new string(' ', JurisdictionDataReader.MaxFileBytes - 1)))));
        Assert.Equal(["f.json: larger than 1048576 bytes; a parameter file is a few kilobytes."], Problems(reader));
    }

    [Fact]
    public void Parse_CommentsAndTrailingCommas_Accepted()
    {
        var reader = new JurisdictionDataReader("f.json");

        using var document = reader.Parse(new MemoryStream("// figures\n{ \"a\": [1, 2,], /* x */ }"u8.ToArray()));

        Assert.Equal(2, document!.RootElement.GetProperty("a").GetArrayLength());
    }

    [Theory]
    [InlineData(16, true)]
    [InlineData(17, false)]
    public void Parse_NestedToMaxDepth_AcceptedAndOneMoreRefused(int depth, bool accepted)
    {
        var reader = new JurisdictionDataReader("f.json");
        var json = string.Concat(Enumerable.Repeat("[", depth)) + string.Concat(Enumerable.Repeat("]", depth));

        using var document = reader.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(accepted, document is not null);
        Assert.Equal(accepted, reader.Errors.Count == 0);
    }

    [Fact]
    public void Parse_BadJsonOnTheThirdLine_NamesLineThree()
    {
        var reader = new JurisdictionDataReader("f.json");

        Assert.Null(reader.Parse(new MemoryStream("{\n \"a\": 1,\n \"b\": ?\n}"u8.ToArray())));
        Assert.StartsWith("f.json: line 3: not valid JSON (", Assert.Single(Problems(reader)), StringComparison.Ordinal);
    }

    [Fact]
    public void Array_ItemsNotObjects_EachNamedAndSkipped()
    {
        var reader = new JurisdictionDataReader("f.json");

        var items = reader.Array(Json("""{ "rows": [ { "a": 1 }, 2, { "a": 3 }, "x" ] }"""), "$", "rows").ToList();

        Assert.Equal(["$.rows[0]", "$.rows[2]"], items.Select(i => i.Path));
        Assert.Equal(["f.json: $.rows[1]: must be an object.", "f.json: $.rows[3]: must be an object."], Problems(reader));
    }

    [Fact]
    public void Array_MissingOrNotAnArray_Named()
    {
        var reader = new JurisdictionDataReader("f.json");

        Assert.Empty(reader.Array(Json("{}"), "$", "rows"));
        Assert.Empty(reader.Array(Json("""{ "rows": {} }"""), "$.x", "rows"));
        Assert.Equal(["f.json: $.rows: missing; give an array.", "f.json: $.x.rows: must be an array."], Problems(reader));
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("1", "1")]
    [InlineData("0.5", "0.5")]
    public void Decimal_WithinBoundsInclusive_Read(string json, string expected)
    {
        var reader = new JurisdictionDataReader("f.json");

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), reader.Decimal(Json($$"""{ "rate": {{json}} }"""), "$.r[0]", "rate", 0m, 1m));
        Assert.Empty(reader.Errors);
    }

    [Theory]
    [InlineData("-0.0001")]
    [InlineData("1.0001")]
    [InlineData("\"0.5\"")]
    [InlineData("true")]
    public void Decimal_OutsideBoundsOrNotANumber_RefusedWithTheRangeAndHint(string json)
    {
        var reader = new JurisdictionDataReader("f.json");

        Assert.Equal(0m, reader.Decimal(Json($$"""{ "rate": {{json}} }"""), "$.r[0]", "rate", 0m, 1m, new LocalText("Error.Reference.RateHint")));
        Assert.Equal([$"f.json: $.r[0].rate: {json} is not a number between 0 and 1; write rates as fractions (0.05 for 5 %)."], Problems(reader));
    }

    [Fact]
    public void Decimal_MissingOrNull_RequiredButOptionalIsNone()
    {
        var reader = new JurisdictionDataReader("f.json");

        Assert.Equal(0m, reader.Decimal(Json("{}"), "$", "cap", 0m, 100m));
        Assert.Equal(0m, reader.Decimal(Json("""{ "cap": null }"""), "$", "cap", 0m, 100m));
        Assert.Null(reader.OptionalDecimal(Json("{}"), "$", "floor", 0m, 100m));
        Assert.Null(reader.OptionalDecimal(Json("""{ "floor": null }"""), "$", "floor", 0m, 100m));
        Assert.Equal(["f.json: $.cap: missing; give a number between 0 and 100.", "f.json: $.cap: missing; give a number between 0 and 100."], Problems(reader));
    }

    [Fact]
    public void Int_WholeNumberAtBounds_ReadAndAFractionRefused()
    {
        var reader = new JurisdictionDataReader("f.json");

        Assert.Equal(55, reader.Int(Json("""{ "age": 55 }"""), "$", "age", 55, 70));
        Assert.Equal(70, reader.Int(Json("""{ "age": 70.0 }"""), "$", "age", 55, 70));
        Assert.Empty(reader.Errors);
        Assert.Equal(60, reader.Int(Json("""{ "age": 60.5 }"""), "$", "age", 55, 70));
        Assert.Equal(["f.json: $.age: 60.5 must be a whole number."], Problems(reader));
    }

    [Fact]
    public void Date_IsoRead_MissingAndMalformedNamed()
    {
        var reader = new JurisdictionDataReader("f.json");

        Assert.Equal(new LocalDate(2025, 1, 1), reader.Date(Json("""{ "from": "2025-01-01" }"""), "$", "from"));
        Assert.Empty(reader.Errors);
        Assert.Null(reader.OptionalDate(Json("""{ "to": null }"""), "$", "to"));
        Assert.Null(reader.OptionalDate(Json("{}"), "$", "to"));
        Assert.Empty(reader.Errors);
        Assert.Equal(default, reader.Date(Json("{}"), "$.a", "from"));
        Assert.Null(reader.OptionalDate(Json("""{ "to": "2025-02-30" }"""), "$.a", "to"));
        Assert.Null(reader.OptionalDate(Json("""{ "to": 20250101 }"""), "$.a", "to"));
        Assert.Equal(
            [
                "f.json: $.a.from: missing; give a date as \"yyyy-MM-dd\".",
                "f.json: $.a.to: \"2025-02-30\" is not a date; write it as \"yyyy-MM-dd\".",
                "f.json: $.a.to: 20250101 is not a date; write it as \"yyyy-MM-dd\".",
            ],
            Problems(reader));
    }

    [Fact]
    public void Source_PartsTrimmedAndOptional()
    {
        var reader = new JurisdictionDataReader("f.json");

        var source = reader.Source(Json("""{ "source": { "title": "  CPF Act ", "reference": 3, "url": " https://www.cpf.gov.sg " } }"""), "$.r[0]");

        Assert.Equal(new LegalSource("CPF Act", "", "https://www.cpf.gov.sg"), source);
        Assert.Empty(reader.Errors);
    }

    [Theory]
    [InlineData("{ }", "f.json: $.r[0].source: missing; give an object with \"title\", \"reference\" and \"url\".")]
    [InlineData("""{ "source": "CPF Act" }""", "f.json: $.r[0].source: must be an object with \"title\", \"reference\" and \"url\".")]
    [InlineData("""{ "source": { "title": "   " } }""", "f.json: $.r[0].source.title: missing; name the law or publication the figures are read from.")]
    [InlineData("""{ "source": { "url": "https://x" } }""", "f.json: $.r[0].source.title: missing; name the law or publication the figures are read from.")]
    public void Source_MissingOrWithoutTitle_Named(string json, string problem)
    {
        var reader = new JurisdictionDataReader("f.json");

        reader.Source(Json(json), "$.r[0]");

        Assert.Equal([problem], Problems(reader));
    }

    [Fact]
    public void CheckNoOverlap_EndTheDayBefore_NoProblem()
    {
        var reader = new JurisdictionDataReader("f.json");

        reader.CheckNoOverlap("$.rows", [(new LocalDate(2025, 1, 1), null), (new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31))]);

        Assert.Empty(reader.Errors);
    }

    [Theory]
    [InlineData(2025, 1, 1)]    // ends on the later's first day
    [InlineData(2025, 6, 30)]
    public void CheckNoOverlap_EndOnOrAfterTheLatersStart_Named(int year, int month, int day)
    {
        var reader = new JurisdictionDataReader("f.json");

        reader.CheckNoOverlap("$.rows", [(new LocalDate(2025, 1, 1), null), (new LocalDate(2024, 1, 1), new LocalDate(year, month, day))]);

        Assert.Equal(["f.json: $.rows: the figures from 2024-01-01 overlap those from 2025-01-01; give the earlier an effectiveTo before the later starts."], Problems(reader));
    }

    [Fact]
    public void CheckNoOverlap_EarlierOpen_Named()
    {
        var reader = new JurisdictionDataReader("f.json");

        reader.CheckNoOverlap("$.rows", [(new LocalDate(2024, 1, 1), null), (new LocalDate(2025, 1, 1), null), (new LocalDate(2026, 1, 1), null)]);

        Assert.Equal(2, reader.Errors.Count);
    }

    [Fact]
    public void Load_ProblemsCollected_ThrownOnceWithTheirCount()
    {
        var error = Assert.Throws<PayrollDataException>(() => JurisdictionDataReader.Load(
            new MemoryStream("""{ "a": "x", "b": -1 }"""u8.ToArray()), "f.json", LocalText.Known("The test figures"),
            (reader, root) => new object[] { reader.Decimal(root, "$", "a", 0m, 1m), reader.Decimal(root, "$", "b", 0m, 1m) }));

        Assert.Equal(
            "The test figures has 2 error(s):" + Environment.NewLine
            + "f.json: $.a: \"x\" is not a number between 0 and 1." + Environment.NewLine
            + "f.json: $.b: -1 is not a number between 0 and 1.",
            error.Message);
    }

    [Fact]
    public void Load_NoProblem_TheReadersResult() =>
        Assert.Equal(0.5m, JurisdictionDataReader.Load(new MemoryStream("""{ "a": 0.5 }"""u8.ToArray()), "f.json", LocalText.Known("x"),
            (reader, root) => (object)reader.Decimal(root, "$", "a", 0m, 1m)));

    [Fact]
    public void Load_NotJson_ReaderNeverCalled()
    {
        var called = false;

        var error = Assert.Throws<PayrollDataException>(() => JurisdictionDataReader.Load(new MemoryStream("{"u8.ToArray()), "f.json", LocalText.Known("x"),
            (_, _) => { called = true; return new object(); }));

        Assert.False(called);
        Assert.Contains("f.json: line 1: not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NullArguments_ThrowArgumentNull()
    {
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => JurisdictionDataReader.Load(null!, "f", LocalText.Known("x"), (_, _) => "")).ParamName);
        Assert.Equal("fileName", Assert.Throws<ArgumentNullException>(() => JurisdictionDataReader.Load(new MemoryStream(), null!, LocalText.Known("x"), (_, _) => "")).ParamName);
    }

    [Fact]
    public void LoadResource_BuiltInFile_ProblemsNamedByTheFileAfterData()
    {
        var error = Assert.Throws<PayrollDataException>(() => JurisdictionDataReader.LoadResource(
            "HrKit.Payroll.Jurisdictions.HongKong.Data.hong-kong.json", LocalText.Known("The test figures"),
            (reader, root) => (object)reader.Decimal(root, "$", "noSuchField", 0m, 1m)));

        Assert.EndsWith("hong-kong.json: $.noSuchField: missing; give a number between 0 and 1.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Data.hong-kong", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadResource_Missing_InvalidOperationNamingIt() =>
        Assert.Equal("HrKit.Payroll has no embedded resource X.Data.y.json.",
            Assert.Throws<InvalidOperationException>(() => JurisdictionDataReader.LoadResource("X.Data.y.json", LocalText.Known("x"), (_, _) => "")).Message);
}
