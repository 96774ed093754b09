namespace HrKit.Payroll.Jurisdictions;

/// <summary>One band of a <see cref="TaxScale"/>: the rate charged on the part of an amount above <paramref name="Threshold"/>.</summary>
/// <param name="Threshold">Where the band starts (the amount above it is charged at <paramref name="Rate"/>, up to the next band).</param>
/// <param name="Rate">The marginal rate, e.g. 0.17 for 17 %.</param>
public readonly record struct ScaleBracket(decimal Threshold, decimal Rate);
