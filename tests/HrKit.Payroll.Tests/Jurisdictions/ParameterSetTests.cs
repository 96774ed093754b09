using HrKit.Payroll.Jurisdictions;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions;

/// <summary>A jurisdiction's named series: found by exact name, every name listed in ordinal order, no name twice.</summary>
public sealed class ParameterSetTests
{
    private static DatedSeries<decimal> Amount(string name) => new(name, [new(new LocalDate(2024, 1, 1), null, 1m, new LegalSource("Act"))]);

    private static DatedSeries<TaxScale> Scale(string name) => new(name, [new(new LocalDate(2024, 1, 1), null, new TaxScale([new(0m, 0.1m)]), new LegalSource("Act"))]);

    private static readonly ParameterSet Set = new("ZZ", [Amount("b.rate"), Amount("B.cap")], [Scale("a.scale")]);

    [Fact]
    public void Names_AmountsAndScales_InOrdinalOrder() =>
        Assert.Equal(["B.cap", "a.scale", "b.rate"], Set.Names.ToArray());

    [Fact]
    public void AmountAndScale_ByExactName()
    {
        Assert.Equal("b.rate", Set.Amount("b.rate").Name);
        Assert.Equal("a.scale", Set.Scale("a.scale").Name);
        Assert.Equal(["B.cap", "b.rate"], Set.Amounts.Select(a => a.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["a.scale"], Set.Scales.Select(s => s.Name));
    }

    [Theory]
    [InlineData("b.cap")]     // names are case-sensitive
    [InlineData("a.scale")]   // a scale is not an amount
    [InlineData(null)]
    public void Amount_NotAnAmountOfTheSet_DataErrorListingNames(string? name) =>
        Assert.Equal(
            $"The ZZ parameters have no amount named '{name}' (they have: B.cap, a.scale, b.rate); add it to the parameter file.",
            Assert.Throws<PayrollDataException>(() => Set.Amount(name!)).Message);

    [Theory]
    [InlineData("b.rate")]
    [InlineData(null)]
    public void Scale_NotAScaleOfTheSet_DataErrorListingNames(string? name) =>
        Assert.Equal(
            $"The ZZ parameters have no scale named '{name}' (they have: B.cap, a.scale, b.rate); add it to the parameter file.",
            Assert.Throws<PayrollDataException>(() => Set.Scale(name!)).Message);

    [Fact]
    public void Constructor_NameOfAnAmountAndAScale_Refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new ParameterSet("ZZ", [Amount("rate")], [Scale("rate")]));

        Assert.StartsWith("Parameter 'rate' is defined twice in the ZZ set; keep one series per name.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NamesDifferingInCase_BothKept() =>
        Assert.Equal(["RATE", "rate"], new ParameterSet("ZZ", [Amount("rate"), Amount("RATE")], []).Names.ToArray());

    [Fact]
    public void Constructor_BadArguments_Refused()
    {
        Assert.ThrowsAny<ArgumentException>(() => new ParameterSet(" ", [], []));
        Assert.Equal("amounts", Assert.Throws<ArgumentNullException>(() => new ParameterSet("ZZ", null!, [])).ParamName);
        Assert.Equal("scales", Assert.Throws<ArgumentNullException>(() => new ParameterSet("ZZ", [], null!)).ParamName);
    }
}
