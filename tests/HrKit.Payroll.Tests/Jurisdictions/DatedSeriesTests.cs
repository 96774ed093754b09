using HrKit.Payroll.Jurisdictions;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions;

/// <summary>A statutory parameter's history: which value is in force on a day, at each end of each value, and which histories are refused.</summary>
public sealed class DatedSeriesTests
{
    private static readonly LegalSource Act = new("Act");

    private static DatedValue<decimal> Value(LocalDate from, LocalDate? to, decimal value) => new(from, to, value, Act);

    // 2023 second half: 4 %; 2024: 5 %; 2025 onwards: 6 %; nothing before July 2023. Given out of order on purpose.
    private static readonly DatedSeries<decimal> Rate = new("rate",
    [
        Value(new LocalDate(2025, 1, 1), null, 0.06m),
        Value(new LocalDate(2023, 7, 1), new LocalDate(2023, 12, 31), 0.04m),
        Value(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31), 0.05m),
    ]);

    [Fact]
    public void Constructor_ValuesGivenOutOfOrder_SortedOldestFirst() =>
        Assert.Equal([0.04m, 0.05m, 0.06m], Rate.Values.Select(v => v.Value));

    [Theory]
    [InlineData(2023, 6, 30, null)]      // the day before the first value
    [InlineData(2023, 7, 1, 0.04)]       // its first day
    [InlineData(2023, 12, 31, 0.04)]     // its last day
    [InlineData(2024, 1, 1, 0.05)]       // the next value's first day
    [InlineData(2024, 12, 31, 0.05)]
    [InlineData(2025, 1, 1, 0.06)]
    [InlineData(9999, 12, 31, 0.06)]     // an open value has no end
    public void Find_EachEndOfEachValue_TheValueInForce(int year, int month, int day, double? expected) =>
        Assert.Equal(expected is null ? null : (decimal)expected, Rate.Find(new LocalDate(year, month, day))?.Value);

    [Fact]
    public void At_DayBeforeEveryValue_ThrowsListingEveryRangeInOrder()
    {
        var error = Assert.Throws<PayrollDataException>(() => Rate.At(new LocalDate(2023, 1, 15)));

        Assert.Equal(
            "Parameter 'rate' has no value for 2023-01-15 (it covers 2023-07-01..2023-12-31, 2024-01-01..2024-12-31, 2025-01-01..open); add the value in force then.",
            error.Message);
    }

    [Fact]
    public void At_Month_ReadsItsFirstDay()
    {
        // A value starting on 2 July is not in force for July (the month is read on its 1st).
        var series = new DatedSeries<decimal>("late", [Value(new LocalDate(2024, 7, 2), null, 1m)]);

        Assert.Throws<PayrollDataException>(() => series.At(new YearMonth(2024, 7)));
        Assert.Equal(1m, series.At(new YearMonth(2024, 8)).Value);
        Assert.Equal(0.04m, Rate.At(new YearMonth(2023, 12)).Value);
    }

    [Fact]
    public void Constructor_EarlierValueEndingOnTheLatersFirstDay_RefusedAsOverlap()
    {
        var error = Assert.Throws<ArgumentException>(() => new DatedSeries<decimal>("rate",
            [Value(new LocalDate(2024, 1, 1), new LocalDate(2024, 6, 1), 1m), Value(new LocalDate(2024, 6, 1), null, 2m)]));

        Assert.StartsWith(
            "Parameter 'rate': the value from 2024-01-01 overlaps the one from 2024-06-01; give the earlier one an effectiveTo before the later one starts.",
            error.Message, StringComparison.Ordinal);
        Assert.Equal("values", error.ParamName);
    }

    [Fact]
    public void Constructor_EarlierValueEndingTheDayBefore_Accepted() =>
        Assert.Equal(2, new DatedSeries<decimal>("rate",
            [Value(new LocalDate(2024, 1, 1), new LocalDate(2024, 5, 31), 1m), Value(new LocalDate(2024, 6, 1), null, 2m)]).Values.Length);

    [Fact]
    public void Constructor_EarlierValueOpen_RefusedAsOverlap() =>
        Assert.Throws<ArgumentException>(() => new DatedSeries<decimal>("rate",
            [Value(new LocalDate(2024, 1, 1), null, 1m), Value(new LocalDate(2030, 1, 1), null, 2m)]));

    [Fact]
    public void Constructor_ThirdValueOverlappingTheSecond_Refused() =>
        Assert.Contains("the value from 2025-01-01 overlaps the one from 2025-06-01", Assert.Throws<ArgumentException>(() => new DatedSeries<decimal>("rate",
            [
                Value(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31), 1m),
                Value(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31), 2m),
                Value(new LocalDate(2025, 6, 1), null, 3m),
            ])).Message, StringComparison.Ordinal);

    [Fact]
    public void Constructor_NoValues_RefusedNamingTheParameter()
    {
        var error = Assert.Throws<ArgumentException>(() => new DatedSeries<decimal>("rate", []));

        Assert.StartsWith("Parameter 'rate' has no values; give at least one with its effectiveFrom.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void Constructor_NoName_Refused(string? name) =>
        Assert.ThrowsAny<ArgumentException>(() => new DatedSeries<decimal>(name!, [Value(new LocalDate(2024, 1, 1), null, 1m)]));

    [Fact]
    public void Constructor_NullValues_ThrowsArgumentNull() =>
        Assert.Equal("values", Assert.Throws<ArgumentNullException>(() => new DatedSeries<decimal>("rate", null!)).ParamName);

    [Fact]
    public void Name_AsGiven() => Assert.Equal("rate", Rate.Name);
}
