using HrKit.Payroll.Jurisdictions;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions;

/// <summary>A pack's year-to-date state: absent figures read as 0, and two states are equal only when every part is.</summary>
public sealed class JurisdictionYearToDateTests
{
    private static readonly JurisdictionYearToDate May = new()
    {
        Jurisdiction = "GB",
        ThroughMonth = new YearMonth(2025, 5),
        Figures = new Dictionary<string, decimal> { ["taxablePay"] = 6_000m, ["taxPaid"] = 361.20m },
    };

    [Fact]
    public void Get_NamedFigure_ItsValue()
    {
        Assert.Equal(6_000m, May.Get("taxablePay"));
        Assert.Equal(361.20m, May.Get("taxPaid"));
    }

    [Theory]
    [InlineData("niablePay")]
    [InlineData("TAXPAID")]   // names are case-sensitive
    [InlineData(null)]
    public void Get_AbsentFigure_Zero(string? name) => Assert.Equal(0m, May.Get(name!));

    [Fact]
    public void Figures_Null_NoFigures() =>
        Assert.Empty((May with { Figures = null! }).Figures);

    [Fact]
    public void Figures_InOrdinalOrder() => Assert.Equal(["taxPaid", "taxablePay"], May.Figures.Keys);

    [Fact]
    public void Equals_SameParts_EqualWithTheSameHash()
    {
        var copy = May with { Figures = new Dictionary<string, decimal> { ["taxPaid"] = 361.2m, ["taxablePay"] = 6_000.00m } };

        Assert.Equal(May, copy);
        Assert.Equal(May.GetHashCode(), copy.GetHashCode());
    }

    public static TheoryData<JurisdictionYearToDate> Different => new()
    {
        May with { Jurisdiction = "gb" },
        May with { ThroughMonth = new YearMonth(2025, 6) },
        May with { Figures = new Dictionary<string, decimal> { ["taxablePay"] = 6_000m, ["taxPaid"] = 361.21m } },
        May with { Figures = new Dictionary<string, decimal> { ["taxablePay"] = 6_000m, ["niPaid"] = 361.20m } },
        May with { Figures = new Dictionary<string, decimal> { ["taxablePay"] = 6_000m } },
        May with { Figures = new Dictionary<string, decimal> { ["taxablePay"] = 6_000m, ["taxPaid"] = 361.20m, ["niPaid"] = 0m } },
    };

    [Theory]
    [MemberData(nameof(Different))]
    public void Equals_OnePartDifferent_NotEqual(JurisdictionYearToDate other)
    {
        Assert.False(May.Equals(other));
        Assert.False(other.Equals(May));
    }

    [Fact]
    public void Equals_Null_False() => Assert.False(May.Equals(null));
}
