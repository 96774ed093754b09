using HrKit.Payroll.Jurisdictions.China;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.China;

public sealed class MinimumWageTests
{
    [Theory]
    [InlineData("beijing", 2025, 8, 2_420)]   // 2 540 starts 2025-09-01
    [InlineData("beijing", 2025, 9, 2_540)]
    [InlineData("shanghai", 2025, 6, 2_690)]
    [InlineData("shanghai", 2025, 7, 2_740)]
    [InlineData("guangzhou", 2025, 3, 2_500)]
    [InlineData("shenzhen", 2025, 2, 2_360)]
    [InlineData("shenzhen", 2025, 3, 2_520)]
    [InlineData("SHENZHEN", 2026, 12, 2_520)]
    public void Find_CityAndMonth_ReturnsStandardInForce(string city, int year, int month, decimal monthly)
    {
        Assert.Equal(monthly, MinimumWageTable.BuiltIn.Find(city, new YearMonth(year, month))!.Monthly);
    }

    [Fact]
    public void Find_UnknownCityOrTooEarly_Null()
    {
        Assert.Null(MinimumWageTable.BuiltIn.Find("atlantis", new YearMonth(2025, 9)));
        Assert.Null(MinimumWageTable.BuiltIn.Find("guangzhou", new YearMonth(2025, 2)));
    }

    [Fact]
    public void BuiltIn_EveryRow_HasSourceUrlAndNote()
    {
        Assert.Equal(["beijing", "guangzhou", "shanghai", "shenzhen"], MinimumWageTable.BuiltIn.Cities.Order());
        Assert.All(MinimumWageTable.BuiltIn.Standards, s =>
        {
            Assert.StartsWith("https://", s.Source.Url, StringComparison.Ordinal);
            Assert.NotEmpty(s.Source.Note);
        });
    }

    [Fact]
    public void Check_BeijingExcludesContributions_FlagsPayBelowAfterThem()
    {
        // Beijing 2025-09: 2 540 excluding the employee's own contributions. 2 900 − 400 = 2 500 < 2 540: short by 40.
        var standard = MinimumWageTable.BuiltIn.Find("beijing", new YearMonth(2025, 9))!;

        var shortfall = MinimumWageCheck.Check(standard, 2_900m, 400m);

        Assert.NotNull(shortfall);
        Assert.Equal(2_500m, shortfall.ComparedPay);
        Assert.Equal(40m, shortfall.Shortfall);
        Assert.Contains("beijing's 2540.00 (from 2025-09-01) by 40.00", shortfall.Message, StringComparison.Ordinal);
        Assert.Null(MinimumWageCheck.Check(standard, 2_940m, 400m));
    }

    [Fact]
    public void Check_ShenzhenIncludesContributions_ComparesGrossNormalPay()
    {
        var standard = MinimumWageTable.BuiltIn.Find("shenzhen", new YearMonth(2025, 9))!;

        Assert.Null(MinimumWageCheck.Check(standard, 2_520m, 400m));
        Assert.Equal(0.01m, MinimumWageCheck.Check(standard, 2_519.99m, 0m)!.Shortfall);
    }

    [Fact]
    public void With_SameCityAndDay_ReplacesBuiltInRow()
    {
        var host = new MinimumWage("beijing", new LocalDate(2025, 9, 1), 2_600m, 28m, false, ContributionSource.Unknown);

        var table = MinimumWageTable.BuiltIn.With([host]);

        Assert.Equal(2_600m, table.Find("beijing", new YearMonth(2025, 10))!.Monthly);
        Assert.Equal(2_420m, table.Find("beijing", new YearMonth(2025, 8))!.Monthly);
    }

    [Fact]
    public void Constructor_DuplicateDay_ThrowsNamingCityAndDate()
    {
        var a = new MinimumWage("x", new LocalDate(2025, 1, 1), 2_000m, null, true, ContributionSource.Unknown);

        var ex = Assert.Throws<ArgumentException>(() => new MinimumWageTable([a, a with { Monthly = 2_100m }]));
        Assert.Contains("'x': two standards start on 2025-01-01", ex.Message, StringComparison.Ordinal);
    }
}
