namespace HrKit.Payroll.Jurisdictions.HongKong;

/// <summary>One band of a salaries tax scale: the part of an amount above <paramref name="Threshold"/> (up to the next band) is charged at <paramref name="Rate"/>.</summary>
/// <param name="Threshold">Where the band starts, in HK$.</param>
/// <param name="Rate">The band's rate, e.g. 0.17.</param>
public readonly record struct SalariesTaxBand(decimal Threshold, decimal Rate);
