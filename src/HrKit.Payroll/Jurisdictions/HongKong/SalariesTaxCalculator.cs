namespace HrKit.Payroll.Jurisdictions.HongKong;

/// <summary>
/// The annual salaries tax estimate: progressive rates on net chargeable income, or standard rate(s) on net income,
/// whichever is lower, less the year's one-off reduction (IRD, "Tax Rates of Salaries Tax &amp; Personal Assessment").
/// Rounding: each tax amount is rounded to the cent, half away from zero (whole-dollar incomes give exact cents).
/// Bounds: incomes and deductions 0 to <see cref="PayrollLimits.MaxAmount"/>, children 0 to <see cref="MaxChildren"/>.
/// </summary>
public static class SalariesTaxCalculator
{
    /// <summary>Most children a child allowance is granted for (1st to 9th child).</summary>
    public const int MaxChildren = 9;

    /// <summary>Computes the estimate.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative or above <see cref="PayrollLimits.MaxAmount"/>, or a child count is out of range; the message says the range.</exception>
    public static SalariesTaxEstimate Estimate(SalariesTaxParameters parameters, SalariesTaxInput input)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(input);
        CheckAmount(input.AssessableIncome, nameof(input.AssessableIncome));
        CheckAmount(input.MpfContributions, nameof(input.MpfContributions));
        CheckAmount(input.OtherDeductions, nameof(input.OtherDeductions));
        if (input.Children is < 0 or > MaxChildren)
        {
            throw new ArgumentOutOfRangeException(nameof(input), input.Children, $"Children must be between 0 and {MaxChildren}.");
        }

        if (input.ChildrenBornInYear < 0 || input.ChildrenBornInYear > input.Children)
        {
            throw new ArgumentOutOfRangeException(nameof(input), input.ChildrenBornInYear, $"ChildrenBornInYear must be between 0 and Children ({input.Children}).");
        }

        // Every operand is at most 1e9 and the rates are below 1, so no sum or product here can overflow decimal.
        var deductions = Math.Min(input.AssessableIncome, Math.Min(input.MpfContributions, parameters.MpfDeductionCap) + input.OtherDeductions);
        var netIncome = input.AssessableIncome - deductions;
        var allowances = (input.MarriedPersonAllowance ? parameters.MarriedPersonAllowance : parameters.BasicAllowance)
            + (input.Children * parameters.ChildAllowance)
            + (input.ChildrenBornInYear * parameters.ChildBornInYearAllowance)
            + (input.SingleParentAllowance ? parameters.SingleParentAllowance : 0m);
        var netChargeable = Math.Max(0m, netIncome - allowances);
        var progressive = Money.RoundToFen(parameters.ProgressiveRates.Apply(netChargeable));
        var standard = Money.RoundToFen(parameters.StandardRates.Apply(netIncome));
        var method = standard < progressive ? SalariesTaxMethod.StandardRate : SalariesTaxMethod.Progressive;
        var before = Math.Min(progressive, standard);
        var reduction = Math.Min(Money.RoundToFen(before * parameters.TaxReductionRate), parameters.TaxReductionCap);
        return new SalariesTaxEstimate(parameters.Name, input.AssessableIncome, deductions, netIncome, allowances, netChargeable,
            progressive, standard, method, before, reduction, before - reduction);
    }

    private static void CheckAmount(decimal amount, string name)
    {
        if (amount < 0m || amount > PayrollLimits.MaxAmount)
        {
            throw new ArgumentOutOfRangeException(name, amount, $"{name} must be between 0 and {PayrollLimits.MaxAmount}.");
        }
    }
}
