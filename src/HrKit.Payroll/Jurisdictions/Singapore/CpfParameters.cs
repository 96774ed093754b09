using HrKit.Payroll.Localization;
using System.Collections.Immutable;
using NodaTime;

namespace HrKit.Payroll.Jurisdictions.Singapore;

/// <summary>CPF figures in force from <see cref="EffectiveFrom"/> (Central Provident Fund Act 1953, First Schedule; CPF Board rate tables).</summary>
/// <param name="EffectiveFrom">First day of the wage months the figures apply to.</param>
/// <param name="EffectiveTo">Last day (inclusive); null while no later figures are known.</param>
/// <param name="OrdinaryWageCeiling">Monthly Ordinary Wage ceiling ($7,400 in 2025, $8,000 from 2026).</param>
/// <param name="AnnualWageCeiling">Annual salary ceiling the Additional Wage ceiling is computed from ($102,000).</param>
/// <param name="NoContributionUpTo">Total wages at or below this attract no CPF ($50).</param>
/// <param name="EmployerOnlyUpTo">Total wages above <paramref name="NoContributionUpTo"/> up to this attract the employer's share only ($500).</param>
/// <param name="PhaseInBelow">Total wages above <paramref name="EmployerOnlyUpTo"/> and below this phase the employee's share in ($750).</param>
/// <param name="Rates">Every table's rows, one per table and age group.</param>
/// <param name="Source">The law or publication the figures are read from.</param>
public sealed record CpfParameters(
    LocalDate EffectiveFrom,
    LocalDate? EffectiveTo,
    decimal OrdinaryWageCeiling,
    decimal AnnualWageCeiling,
    decimal NoContributionUpTo,
    decimal EmployerOnlyUpTo,
    decimal PhaseInBelow,
    ImmutableArray<CpfRate> Rates,
    LegalSource Source)
{
    /// <summary>Whether the figures are in force on <paramref name="day"/>.</summary>
    public bool Covers(LocalDate day) => day >= EffectiveFrom && (EffectiveTo is not { } to || day <= to);

    /// <summary>The row for a table and age group.</summary>
    /// <exception cref="PayrollDataException">The data has no such row; the message names the table and group.</exception>
    public CpfRate RateFor(CpfRateTable table, CpfAgeBand ageBand)
    {
        foreach (var rate in Rates)
        {
            if (rate.Table == table && rate.AgeBand == ageBand)
            {
                return rate;
            }
        }

        throw new PayrollDataException(new LocalText("Error.SG.CpfRow", EffectiveFrom, table, ageBand));
    }
}
