using HrKit.Payroll.Jurisdictions.Singapore;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.Singapore;

public sealed class SkillsDevelopmentLevyTests
{
    private static readonly SdlParameters Sdl = SingaporeParameters.BuiltIn.SdlFor(new YearMonth(2025, 6));

    // CPF Board FAQ, "How do I calculate Skills Development Levy (SDL)?": A $609.50 → $2.00; B $2,000 → $5.00;
    // C $4,500 → $11.25; D $4,502.03 → $11.25; E $10,000 → $11.25; total $40.75, payable $40.00 (rounded down).
    [Fact]
    public void TotalPayable_CpfBoardExample_40()
    {
        decimal[] wages = [609.50m, 2_000m, 4_500m, 4_502.03m, 10_000m];
        decimal[] expected = [2.00m, 5.00m, 11.25m, 11.25m, 11.25m];

        var levies = wages.Select(w => SkillsDevelopmentLevy.ForEmployee(Sdl, w)).ToArray();

        Assert.Equal(expected, levies);
        Assert.Equal(40.75m, levies.Sum());
        Assert.Equal(40m, SkillsDevelopmentLevy.TotalPayable(levies));
    }

    // GoBusiness / SkillsFuture Singapore, SDL FAQs, "SDL Computation": A $150.80 → $2; B $609.50 → $2; C $2,000 → $5;
    // D $4,500 → $11.25; E $4,502 → $11.25; F $10,000 → $11.25; total $42.75, payable $42 ("rounding down is done at
    // the total for the whole organisation and not on each employee").
    [Fact]
    public void TotalPayable_GoBusinessExample_42()
    {
        decimal[] wages = [150.80m, 609.50m, 2_000m, 4_500m, 4_502m, 10_000m];

        var levies = wages.Select(w => SkillsDevelopmentLevy.ForEmployee(Sdl, w)).ToArray();

        Assert.Equal([2m, 2m, 5m, 11.25m, 11.25m, 11.25m], levies);
        Assert.Equal(42m, SkillsDevelopmentLevy.TotalPayable(levies));
    }

    // GoBusiness, same page: December salary $3,000 plus a $1,000 bonus → SDL on $4,000 = $10.
    [Fact]
    public void ForEmployee_SalaryPlusBonus_LevyOnTheSum() => Assert.Equal(10m, SkillsDevelopmentLevy.ForEmployee(Sdl, 3_000m + 1_000m));

    [Fact]
    public void ForEmployee_NoRemuneration_NoLevy() => Assert.Equal(0m, SkillsDevelopmentLevy.ForEmployee(Sdl, 0m));

    // Hand: 0.25 % × 2,345.67 = 5.864175 → 5.86 (cent, half away from zero).
    [Fact]
    public void ForEmployee_OddCents_RoundedToTheCent() => Assert.Equal(5.86m, SkillsDevelopmentLevy.ForEmployee(Sdl, 2_345.67m));

    [Fact]
    public void Maximum_Is1125() => Assert.Equal(11.25m, Sdl.Maximum);
}
