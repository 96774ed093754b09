using HrKit.Payroll.Jurisdictions.Singapore;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.Singapore;

/// <summary>
/// SDL at the edges of its rule (0.25 % of the first $4,500, at least $2, the cent half away from zero; the total
/// payable rounded down to the dollar), hand-computed.
/// </summary>
public sealed class SkillsDevelopmentLevyBoundaryTests
{
    private static readonly SdlParameters Sdl = SingaporeParameters.BuiltIn.SdlFor(new YearMonth(2025, 6));

    // One cent of remuneration: 0.25 % is 0.000025, below the $2 minimum. $800: 0.25 % = 2.00 exactly, the minimum.
    // $804: 2.01. $1,000,000,000 (the bound): capped at $4,500 → $11.25.
    [Theory]
    [InlineData(0.01, 2.00)]
    [InlineData(800, 2.00)]
    [InlineData(804, 2.01)]
    [InlineData(1_000_000_000, 11.25)]
    public void ForEmployee_Remuneration_LevyByTheRule(decimal remuneration, decimal levy) =>
        Assert.Equal(levy, SkillsDevelopmentLevy.ForEmployee(Sdl, remuneration));

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1_000_000_000.01)]
    public void ForEmployee_RemunerationOutOfBounds_ThrowsNamingIt(decimal remuneration)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SkillsDevelopmentLevy.ForEmployee(Sdl, remuneration));

        Assert.Equal("remuneration", ex.ParamName);
        Assert.Contains("between 0 and 1000000000", ex.Message, StringComparison.Ordinal);
    }

    // The organisation's total is rounded down once: no levies → $0; $2.99 → $2; $2 + $2.01 + $11.25 = 15.26 → $15.
    [Fact]
    public void TotalPayable_Levies_SumRoundedDownOnce()
    {
        Assert.Equal(0m, SkillsDevelopmentLevy.TotalPayable([]));
        Assert.Equal(2m, SkillsDevelopmentLevy.TotalPayable([2.99m]));
        Assert.Equal(15m, SkillsDevelopmentLevy.TotalPayable([2m, 2.01m, 11.25m]));
    }

    // The documented guards: ArgumentNullException naming the argument, not a NullReferenceException.
    [Fact]
    public void ForEmployee_NullParameters_ThrowsArgumentNull() =>
        Assert.Equal("parameters", Assert.Throws<ArgumentNullException>(() => SkillsDevelopmentLevy.ForEmployee(null!, 1_000m)).ParamName);

    [Fact]
    public void TotalPayable_NullLevies_ThrowsArgumentNull() =>
        Assert.Equal("levies", Assert.Throws<ArgumentNullException>(() => SkillsDevelopmentLevy.TotalPayable(null!)).ParamName);
}
