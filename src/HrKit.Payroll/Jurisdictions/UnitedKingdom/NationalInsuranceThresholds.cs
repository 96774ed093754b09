namespace HrKit.Payroll.Jurisdictions.UnitedKingdom;

/// <summary>Class 1 National Insurance thresholds for one pay period length (weekly or monthly), in pounds.</summary>
/// <param name="Lel">Lower Earnings Limit.</param>
/// <param name="Pt">Primary Threshold: employee contributions start above it.</param>
/// <param name="St">Secondary Threshold: employer contributions start above it (standard categories).</param>
/// <param name="Fust">Freeport Upper Secondary Threshold.</param>
/// <param name="Izust">Investment Zone Upper Secondary Threshold.</param>
/// <param name="Ust">Upper Secondary Threshold (under 21).</param>
/// <param name="Aust">Apprentice Upper Secondary Threshold.</param>
/// <param name="Vust">Veterans Upper Secondary Threshold.</param>
/// <param name="Uel">Upper Earnings Limit: the employee main rate stops and the additional rate starts above it.</param>
public sealed record NationalInsuranceThresholds(
    decimal Lel, decimal Pt, decimal St, decimal Fust, decimal Izust, decimal Ust, decimal Aust, decimal Vust, decimal Uel)
{
    /// <summary>The threshold named by <paramref name="threshold"/>; null for <see cref="SecondaryThreshold.None"/>.</summary>
    public decimal? Secondary(SecondaryThreshold threshold) => threshold switch
    {
        SecondaryThreshold.St => St,
        SecondaryThreshold.Fust => Fust,
        SecondaryThreshold.Izust => Izust,
        SecondaryThreshold.Ust => Ust,
        SecondaryThreshold.Aust => Aust,
        SecondaryThreshold.Vust => Vust,
        _ => null,
    };
}
