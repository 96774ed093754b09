using NodaTime;

namespace HrKit.Payroll.Jurisdictions.HongKong;

/// <summary>
/// The MPF mandatory contribution figures for monthly-paid regular employees, in force from
/// <see cref="EffectiveFrom"/> (Mandatory Provident Fund Schemes Ordinance, Cap. 485, and the levels MPFA publishes).
/// </summary>
/// <param name="EffectiveFrom">First day of the contribution periods the figures apply to.</param>
/// <param name="EffectiveTo">Last day (inclusive); null while no later figures are known.</param>
/// <param name="MinimumRelevantIncome">Monthly relevant income below which the employee contributes nothing (HK$7,100).</param>
/// <param name="MaximumRelevantIncome">Monthly relevant income above which both contributions are capped (HK$30,000).</param>
/// <param name="EmployeeRate">Employee's mandatory rate (0.05).</param>
/// <param name="EmployerRate">Employer's mandatory rate (0.05).</param>
/// <param name="EmployeeHolidayDays">Days from the start of employment the employee does not contribute for (30).</param>
/// <param name="Source">The law or publication the figures are read from.</param>
public sealed record MpfParameters(
    LocalDate EffectiveFrom,
    LocalDate? EffectiveTo,
    decimal MinimumRelevantIncome,
    decimal MaximumRelevantIncome,
    decimal EmployeeRate,
    decimal EmployerRate,
    int EmployeeHolidayDays,
    LegalSource Source)
{
    /// <summary>Whether the figures are in force on <paramref name="day"/>.</summary>
    public bool Covers(LocalDate day) => day >= EffectiveFrom && (EffectiveTo is not { } to || day <= to);
}
