using HrKit.Payroll.Jurisdictions;
using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Jurisdictions.UnitedKingdom;

namespace HrKit.Payroll.Tests.Jurisdictions;

/// <summary>The registry's promises: codes case-insensitive, a later pack replacing an earlier one, ordinal order, null guards.</summary>
public sealed class JurisdictionRegistryTests
{
    [Fact]
    public void BuiltIn_FourPacks_InOrdinalCodeOrder()
    {
        var registry = JurisdictionRegistry.BuiltIn;

        Assert.Equal(["CN", "GB", "HK", "SG"], registry.Codes.ToArray());
        Assert.Equal(["CN", "GB", "HK", "SG"], registry.Packs.Select(p => p.Code));
    }

    [Theory]
    [InlineData("GB")]
    [InlineData("gb")]
    [InlineData("Gb")]
    public void Find_AnyCase_TheSamePack(string code) =>
        Assert.Same(UnitedKingdomPack.BuiltIn, JurisdictionRegistry.BuiltIn.Find(code));

    [Theory]
    [InlineData("XX")]
    [InlineData("")]
    [InlineData(null)]
    public void Find_UnknownCode_Null(string? code) => Assert.Null(JurisdictionRegistry.BuiltIn.Find(code!));

    [Fact]
    public void Constructor_SameCodeTwice_LaterPackWins()
    {
        var other = new ChinaMainlandPack(ContributionTable.BuiltIn.With([]));

        var registry = new JurisdictionRegistry([ChinaMainlandPack.BuiltIn, other]);

        Assert.Same(other, registry.Find("cn"));
        Assert.Equal(["CN"], registry.Codes.ToArray());
    }

    [Fact]
    public void With_SameCode_ReplacesInANewRegistry()
    {
        var other = new ChinaMainlandPack(ContributionTable.BuiltIn.With([]));

        var registry = JurisdictionRegistry.BuiltIn.With(other);

        Assert.Same(other, registry.Find("CN"));
        Assert.Same(ChinaMainlandPack.BuiltIn, JurisdictionRegistry.BuiltIn.Find("CN"));
        Assert.Equal(4, registry.Packs.Length);
    }

    [Fact]
    public void Constructor_NullPacks_ThrowsArgumentNull() =>
        Assert.Equal("packs", Assert.Throws<ArgumentNullException>(() => new JurisdictionRegistry(null!)).ParamName);

    [Fact]
    public void Constructor_NullPackInside_ThrowsArgumentNullNamingPacks() =>
        Assert.Equal("packs", Assert.Throws<ArgumentNullException>(() => new JurisdictionRegistry([ChinaMainlandPack.BuiltIn, null!])).ParamName);

    [Fact]
    public void With_Null_ThrowsArgumentNull() =>
        Assert.Equal("pack", Assert.Throws<ArgumentNullException>(() => JurisdictionRegistry.BuiltIn.With(null!)).ParamName);
}
