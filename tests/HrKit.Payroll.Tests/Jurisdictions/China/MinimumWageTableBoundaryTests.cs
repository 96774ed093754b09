using HrKit.Payroll.Jurisdictions.China;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.China;

/// <summary>
/// A host's minimum wage rows: a monthly figure above 0 and at most <see cref="PayrollLimits.MaxAmount"/>, an hourly one
/// above 0 when given, each on both sides of its edge; <c>With</c> replacing only the rows of the same city and day.
/// </summary>
public sealed class MinimumWageTableBoundaryTests
{
    private static readonly LocalDate July = new(2025, 7, 1);

    private static MinimumWage Row(decimal monthly, decimal? hourly = null, string city = "x") =>
        new(city, July, monthly, hourly, false, ContributionSource.Unknown);

    [Fact]
    public void Constructor_SmallestAndLargestFiguresAccepted()
    {
        var table = new MinimumWageTable([Row(0.01m, 0.01m, "a"), Row(PayrollLimits.MaxAmount, null, "b")]);

        Assert.Equal((0.01m, (decimal?)0.01m), (table.Find("a", new YearMonth(2025, 7))!.Monthly, table.Find("a", new YearMonth(2025, 7))!.HourlyNonFullTime));
        Assert.Equal(PayrollLimits.MaxAmount, table.Find("B", new YearMonth(2025, 7))!.Monthly);
    }

    [Theory]
    [InlineData("0", null, "monthly 0 and hourly  must be positive")]
    [InlineData("1000000000.01", null, "monthly 1000000000.01 and hourly  must be positive")]
    [InlineData("2000", "0", "monthly 2000 and hourly 0 must be positive")]
    [InlineData("2000", "-0.01", "monthly 2000 and hourly -0.01 must be positive")]
    public void Constructor_AFigureOutsideItsRange_RefusedNamingCityDayAndFigures(string monthly, string? hourly, string figures)
    {
        var row = Row(decimal.Parse(monthly, System.Globalization.CultureInfo.InvariantCulture), hourly is null ? null : decimal.Parse(hourly, System.Globalization.CultureInfo.InvariantCulture));

        var ex = Assert.Throws<ArgumentException>(() => new MinimumWageTable([row]));

        Assert.Equal("standards", ex.ParamName);
        Assert.StartsWith($"Minimum wage of 'x' from 2025-07-01: {figures}.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_TwoRowsOneReplacingOneAdding_KeepsEveryOtherRow()
    {
        var replaced = new MinimumWage("beijing", new LocalDate(2025, 9, 1), 2_600m, 28m, false, ContributionSource.Unknown);
        var added = new MinimumWage("beijing", new LocalDate(2026, 9, 1), 2_700m, 29m, false, ContributionSource.Unknown);

        var table = MinimumWageTable.BuiltIn.With([replaced, added]);

        Assert.Equal(MinimumWageTable.BuiltIn.Standards.Count() + 1, table.Standards.Count());
        Assert.Equal(2_600m, table.Find("beijing", new YearMonth(2025, 10))!.Monthly);
        Assert.Equal(2_700m, table.Find("beijing", new YearMonth(2026, 9))!.Monthly);
    }

    [Fact]
    public void NullStandards_ThrowArgumentNullNamingThem()
    {
        Assert.Equal("standards", Assert.Throws<ArgumentNullException>(() => new MinimumWageTable(null!)).ParamName);
        Assert.Equal("standards", Assert.Throws<ArgumentNullException>(() => MinimumWageTable.BuiltIn.With(null!)).ParamName);
    }
}
