namespace HrKit.Payroll.Jurisdictions;

/// <summary>The month's gross figures the engine core computes from the pay policy and the input, handed to a pack.</summary>
internal readonly record struct GrossFigures(decimal TaxableEarnings, decimal TaxFreeEarnings, decimal PreTaxDeductions, decimal AnnualBonus);
