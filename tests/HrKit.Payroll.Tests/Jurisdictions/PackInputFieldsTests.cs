using System.Text.Json;
using HrKit.Payroll.Jurisdictions;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions;

/// <summary>A pack's optional input fields: absent or null read as "not given", each bound at its value and one step past it, errors named by path.</summary>
public sealed class PackInputFieldsTests
{
    private static PackInputFields Fields(string json, params string[] known) =>
        new(JsonDocument.Parse(json).RootElement.Clone(), "E1", known);

    private static PayrollInputException Refused(Action read) => Assert.Throws<PayrollInputException>(read);

    [Theory]
    [InlineData("[]")]
    [InlineData("\"x\"")]
    [InlineData("null")]
    public void Constructor_NotAnObject_RefusedAtJurisdictionInput(string json)
    {
        var error = Assert.Throws<PayrollInputException>(() => Fields(json, "a"));

        Assert.Equal("jurisdictionInput", error.Field);
        Assert.Equal("Employee 'E1', jurisdictionInput: must be a JSON object.", error.Message);
    }

    [Fact]
    public void Constructor_UnknownField_RefusedListingTheKnownOnes()
    {
        var error = Assert.Throws<PayrollInputException>(() => Fields("""{ "dateOfBirth": "2000-01-01", "dateOfbirth": "2000-01-01" }""", "dateOfBirth", "spr"));

        Assert.Equal("jurisdictionInput.dateOfbirth", error.Field);
        Assert.Equal("Employee 'E1', jurisdictionInput.dateOfbirth: is not a field of this pack; use dateOfBirth, spr.", error.Message);
    }

    [Fact]
    public void Constructor_NoKnownFieldsGiven_AnyFieldAccepted() =>
        Assert.Equal(5, Fields("""{ "anything": 5 }""").Int("anything", 0, 9));

    [Fact]
    public void Date_IsoDate_ReadAbsentAndNullAreNone()
    {
        var fields = Fields("""{ "a": "2024-02-29", "n": null }""");

        Assert.Equal(new LocalDate(2024, 2, 29), fields.Date("a"));
        Assert.Null(fields.Date("n"));
        Assert.Null(fields.Date("missing"));
    }

    [Theory]
    [InlineData("\"2023-02-29\"")]
    [InlineData("\"29/02/2024\"")]
    [InlineData("20240229")]
    public void Date_NotAnIsoDate_RefusedQuotingIt(string value) =>
        Assert.Equal($"Employee 'E1', jurisdictionInput.a: {value} is not a date; write it as \"yyyy-MM-dd\".", Refused(() => Fields($$"""{ "a": {{value}} }""").Date("a")).Message);

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("null", false)]
    public void Boolean_TrueFalseOrNull(string value, bool expected) =>
        Assert.Equal(expected, Fields($$"""{ "a": {{value}} }""").Boolean("a"));

    [Fact]
    public void Boolean_Absent_False() => Assert.False(Fields("{}").Boolean("a"));

    [Theory]
    [InlineData("\"true\"")]
    [InlineData("1")]
    public void Boolean_NotABoolean_Refused(string value) =>
        Assert.Equal($"Employee 'E1', jurisdictionInput.a: {value} is not true or false.", Refused(() => Fields($$"""{ "a": {{value}} }""").Boolean("a")).Message);

    [Theory]
    [InlineData("0", 0)]
    [InlineData("9", 9)]
    public void Int_AtEachBound_Read(string value, int expected) =>
        Assert.Equal(expected, Fields($$"""{ "a": {{value}} }""").Int("a", 0, 9));

    [Theory]
    [InlineData("-1")]
    [InlineData("10")]
    [InlineData("2.5")]
    [InlineData("\"3\"")]
    [InlineData("3000000000")]
    public void Int_OutsideBoundsOrNotWhole_RefusedWithTheRange(string value) =>
        Assert.Equal($"Employee 'E1', jurisdictionInput.a: {value} is not a whole number between 0 and 9.", Refused(() => Fields($$"""{ "a": {{value}} }""").Int("a", 0, 9)).Message);

    [Fact]
    public void Int_AbsentOrNull_Zero()
    {
        Assert.Equal(0, Fields("{}").Int("a", 0, 9));
        Assert.Equal(0, Fields("""{ "a": null }""").Int("a", 3, 9));
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("1000000000", "1000000000")]
    [InlineData("1234.56", "1234.56")]
    public void Amount_FromZeroToMaxAmount_Read(string value, string expected)
    {
        var fields = Fields($$"""{ "a": {{value}} }""");

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), fields.Amount("a"));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), fields.OptionalAmount("a"));
    }

    [Theory]
    [InlineData("-0.01")]
    [InlineData("1000000000.01")]
    [InlineData("\"5\"")]
    [InlineData("1e40")]
    public void Amount_OutsideZeroToMaxAmount_RefusedWithTheBound(string value) =>
        Assert.Equal($"Employee 'E1', jurisdictionInput.a: {value} is not an amount between 0 and 1000000000.", Refused(() => Fields($$"""{ "a": {{value}} }""").Amount("a")).Message);

    [Fact]
    public void Amount_AbsentOrNull_ZeroOrNone()
    {
        Assert.Equal(0m, Fields("{}").Amount("a"));
        Assert.Null(Fields("{}").OptionalAmount("a"));
        Assert.Null(Fields("""{ "a": null }""").OptionalAmount("a"));
    }

    [Theory]
    [InlineData("\"citizen\"", DayOfWeek.Monday)]
    [InlineData("\"SPR\"", DayOfWeek.Tuesday)]
    [InlineData("null", DayOfWeek.Sunday)]
    public void Enum_TextInAnyCase_ItsValueElseTheFallback(string value, DayOfWeek expected) =>
        Assert.Equal(expected, Fields($$"""{ "a": {{value}} }""").Enum("a", DayOfWeek.Sunday, ("citizen", DayOfWeek.Monday), ("spr", DayOfWeek.Tuesday)));

    [Theory]
    [InlineData("\"pr\"")]
    [InlineData("1")]
    public void Enum_NotOneOfTheTexts_RefusedListingThemInOrder(string value) =>
        Assert.Equal(
            $"Employee 'E1', jurisdictionInput.a: {value} is not one of citizen, spr.",
            Refused(() => Fields($$"""{ "a": {{value}} }""").Enum("a", DayOfWeek.Sunday, ("citizen", DayOfWeek.Monday), ("spr", DayOfWeek.Tuesday))).Message);
}
