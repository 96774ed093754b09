namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>The gross found by <see cref="NetToGross"/>, with the net and tax it gives, in yuan.</summary>
/// <param name="Gross">The smallest gross (to the fen) whose net equals the target.</param>
/// <param name="Tax">The tax withheld on <see cref="Gross"/> (the month's wage tax, or the bonus tax).</param>
/// <param name="Net">The net that <see cref="Gross"/> gives; equal to the target.</param>
public readonly record struct NetToGrossResult(decimal Gross, decimal Tax, decimal Net);
