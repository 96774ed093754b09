using NodaTime;

namespace HrKit.Payroll.Jurisdictions;

/// <summary>One value of a statutory parameter, the days it is in force and the law that sets it.</summary>
/// <typeparam name="T">A rate or amount (<see cref="decimal"/>) or a scale (<see cref="TaxScale"/>).</typeparam>
/// <param name="EffectiveFrom">First day in force.</param>
/// <param name="EffectiveTo">Last day in force (inclusive); null while no later value is known.</param>
/// <param name="Value">The value.</param>
/// <param name="Source">The legal text that sets it.</param>
public sealed record DatedValue<T>(LocalDate EffectiveFrom, LocalDate? EffectiveTo, T Value, LegalSource Source)
{
    /// <summary>Whether <paramref name="day"/> falls inside the value's days.</summary>
    public bool Covers(LocalDate day) => day >= EffectiveFrom && (EffectiveTo is not { } to || day <= to);
}
