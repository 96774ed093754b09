using NodaTime;

namespace HrKit.Payroll.Jurisdictions.Singapore;

/// <summary>Skills Development Levy figures (Skills Development Levy Act 1979, s. 3).</summary>
/// <param name="EffectiveFrom">First day in force.</param>
/// <param name="EffectiveTo">Last day (inclusive); null while no later figures are known.</param>
/// <param name="Rate">Levy rate on monthly remuneration (0.0025).</param>
/// <param name="Minimum">Least levy per employee per month ($2).</param>
/// <param name="RemunerationCap">Remuneration above this is not levied ($4,500).</param>
/// <param name="Source">The law or publication the figures are read from.</param>
public sealed record SdlParameters(LocalDate EffectiveFrom, LocalDate? EffectiveTo, decimal Rate, decimal Minimum, decimal RemunerationCap, LegalSource Source)
{
    /// <summary>Whether the figures are in force on <paramref name="day"/>.</summary>
    public bool Covers(LocalDate day) => day >= EffectiveFrom && (EffectiveTo is not { } to || day <= to);

    /// <summary>The most levied per employee per month: rate × cap ($11.25).</summary>
    public decimal Maximum => Rate * RemunerationCap;
}
