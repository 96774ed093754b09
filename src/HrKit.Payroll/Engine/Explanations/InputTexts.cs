namespace HrKit.Payroll.Engine.Explanations;

/// <summary>The explanations of lines the input carries directly: shared instances, nothing built per payslip.</summary>
internal static class InputTexts
{
    public static readonly TextExplanation OtherEarnings = new("Taxable earnings reported by the host (otherEarnings).");

    public static readonly TextExplanation TaxFreeIncome = new("Tax-free income reported by the host (taxFreeIncome); counted as income and as 免税收入.");

    public static readonly TextExplanation SeparateBonus = new("全年一次性奖金, taxed separately.");

    public static readonly TextExplanation MergedBonus = new("全年一次性奖金, merged into this month's wage income.");

    public static readonly TextExplanation AnnualBonus = new("Annual one-time bonus reported by the host (annualBonus).");

    public static readonly TextExplanation PostTaxDeductions = new("Deductions from net pay reported by the host (postTaxDeductions).");
}
