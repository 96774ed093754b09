using HrKit.Payroll.Jurisdictions.UnitedKingdom;

namespace HrKit.Payroll.Tests.Jurisdictions.UnitedKingdom;

/// <summary>Tax code forms from HMRC's "Tax codes" guidance (GOV.UK, "Tax codes: what your tax code means").</summary>
public sealed class TaxCodeTests
{
    [Theory]
    [InlineData("1257L", TaxRegion.RestOfUk, TaxCodeKind.Allowance, 1257, 0, false)]
    [InlineData("s1257l", TaxRegion.Scotland, TaxCodeKind.Allowance, 1257, 0, false)]
    [InlineData("C1257L", TaxRegion.Wales, TaxCodeKind.Allowance, 1257, 0, false)]
    [InlineData("0T", TaxRegion.RestOfUk, TaxCodeKind.Allowance, 0, 0, false)]
    [InlineData("1257M", TaxRegion.RestOfUk, TaxCodeKind.Allowance, 1257, 0, false)]
    [InlineData("1131N", TaxRegion.RestOfUk, TaxCodeKind.Allowance, 1131, 0, false)]
    [InlineData("K475", TaxRegion.RestOfUk, TaxCodeKind.K, 475, 0, false)]
    [InlineData("SK585", TaxRegion.Scotland, TaxCodeKind.K, 585, 0, false)]
    [InlineData("BR", TaxRegion.RestOfUk, TaxCodeKind.FlatRate, 0, 0, false)]
    [InlineData("D0", TaxRegion.RestOfUk, TaxCodeKind.FlatRate, 0, 1, false)]
    [InlineData("D1", TaxRegion.RestOfUk, TaxCodeKind.FlatRate, 0, 2, false)]
    [InlineData("SD3", TaxRegion.Scotland, TaxCodeKind.FlatRate, 0, 4, false)]
    [InlineData("NT", TaxRegion.RestOfUk, TaxCodeKind.NoTax, 0, 0, false)]
    [InlineData("1257L W1", TaxRegion.RestOfUk, TaxCodeKind.Allowance, 1257, 0, true)]
    [InlineData("1257L M1", TaxRegion.RestOfUk, TaxCodeKind.Allowance, 1257, 0, true)]
    [InlineData(" 1257L X ", TaxRegion.RestOfUk, TaxCodeKind.Allowance, 1257, 0, true)]
    [InlineData("S1257L/M1", TaxRegion.Scotland, TaxCodeKind.Allowance, 1257, 0, true)]
    [InlineData("K475 M1", TaxRegion.RestOfUk, TaxCodeKind.K, 475, 0, true)]
    [InlineData("BR M1", TaxRegion.RestOfUk, TaxCodeKind.FlatRate, 0, 0, true)]
    public void Parse_ValidCode_ReadsRegionKindNumberAndBasis(string text, TaxRegion region, TaxCodeKind kind, int number, int band, bool nonCumulative)
    {
        var code = TaxCode.Parse(text);

        Assert.Equal(region, code.Region);
        Assert.Equal(kind, code.Kind);
        Assert.Equal(number, code.Number);
        Assert.Equal(band, code.FlatRateBand);
        Assert.Equal(nonCumulative, code.NonCumulative);
        Assert.Equal(text.Trim(), code.Text);
    }

    [Theory]
    [InlineData("", "required")]
    [InlineData("1257", "suffix")]
    [InlineData("L1257", "suffix")]
    [InlineData("12A7L", "digits only")]
    [InlineData("K0", "K0 does not exist")]
    [InlineData("D2", "D2 does not exist")]
    [InlineData("CD2", "D2 does not exist")]
    [InlineData("SD4", "D4 does not exist")]
    [InlineData("100000L", "largest accepted")]
    [InlineData("1257L1257L1257L1257L1257L1257L1257L", "too long")]
    [InlineData("X", "suffix")]
    public void Parse_InvalidCode_ThrowsPayrollInputExceptionNamingTaxCode(string text, string problemPart)
    {
        var ex = Assert.Throws<PayrollInputException>(() => TaxCode.Parse(text));

        Assert.Equal("taxCode", ex.Field);
        Assert.Contains(problemPart, ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalseWithProblem()
    {
        Assert.False(TaxCode.TryParse(null, out _, out var problem));
        Assert.Contains("required", problem, StringComparison.Ordinal);
    }
}
