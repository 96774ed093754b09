namespace HrKit.Payroll.Jurisdictions.UnitedKingdom;

/// <summary>One pay period's figures for PAYE, in pounds.</summary>
/// <param name="TaxCode">The employee's code; its <see cref="TaxCode.NonCumulative"/> flag selects the week 1/month 1 basis.</param>
/// <param name="Frequency">Weekly or monthly.</param>
/// <param name="Period">Tax month (1–12) or tax week (1–52; 53, 54 and 56 are taxed on the week 1 basis).</param>
/// <param name="Pay">Taxable pay of this period (after pension net-pay deductions), not negative.</param>
/// <param name="PreviousPayToDate">Taxable pay of the tax year before this period (this and previous employments as the P45 gives).</param>
/// <param name="PreviousTaxToDate">Tax deducted in the tax year before this period.</param>
public readonly record struct PayeInput(
    TaxCode TaxCode,
    UkPayFrequency Frequency,
    int Period,
    decimal Pay,
    decimal PreviousPayToDate = 0m,
    decimal PreviousTaxToDate = 0m);
