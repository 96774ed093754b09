using HrKit.Payroll.Jurisdictions.Singapore;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.Singapore;

/// <summary>The dated SDL figures: both ends of the range are days in force.</summary>
public sealed class SdlParametersTests
{
    // Skills Development Levy Act: 0.25 % of the first $4,500, at least $2, from 1 October 2008 (the built-in figures).
    private static readonly SdlParameters Sdl = SingaporeParameters.BuiltIn.Sdl[0];

    [Theory]
    [InlineData(2008, 9, 30, false)]
    [InlineData(2008, 10, 1, true)]
    [InlineData(2030, 6, 15, true)]
    public void Covers_BuiltInOpenEnded_FromOctober2008(int year, int month, int day, bool covered)
    {
        Assert.Null(Sdl.EffectiveTo);
        Assert.Equal(covered, Sdl.Covers(new LocalDate(year, month, day)));
    }

    [Theory]
    [InlineData(2025, 12, 30, true)]
    [InlineData(2025, 12, 31, true)]
    [InlineData(2026, 1, 1, false)]
    public void Covers_EndDate_IsTheLastDayInForce(int year, int month, int day, bool covered) =>
        Assert.Equal(covered, (Sdl with { EffectiveTo = new LocalDate(2025, 12, 31) }).Covers(new LocalDate(year, month, day)));
}
