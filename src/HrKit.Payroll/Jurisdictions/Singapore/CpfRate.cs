namespace HrKit.Payroll.Jurisdictions.Singapore;

/// <summary>One row of a CPF rate table: the rates for one age group.</summary>
/// <param name="Table">The table the row belongs to.</param>
/// <param name="AgeBand">The age group.</param>
/// <param name="EmployerRate">Employer's share of total wages (e.g. 0.17); also the whole contribution for wages above $50 to $500.</param>
/// <param name="EmployeeRate">Employee's share of total wages from $750 (e.g. 0.20).</param>
/// <param name="EmployeePhaseInFactor">For wages above $500 and below $750 the employee pays this × (TW − $500) (e.g. 0.6).</param>
public readonly record struct CpfRate(CpfRateTable Table, CpfAgeBand AgeBand, decimal EmployerRate, decimal EmployeeRate, decimal EmployeePhaseInFactor)
{
    /// <summary>The total rate from $750: employer plus employee.</summary>
    public decimal TotalRate => EmployerRate + EmployeeRate;
}
