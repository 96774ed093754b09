namespace HrKit.Payroll.Engine.Explanations;

/// <summary>The explanations of lines the input carries directly: shared instances, nothing built per payslip.</summary>
internal static class InputTexts
{
    public static readonly TextExplanation OtherEarnings = TextExplanation.FromResource("Explain.OtherEarnings");

    public static readonly TextExplanation TaxFreeIncome = TextExplanation.FromResource("Explain.TaxFreeIncome");

    public static readonly TextExplanation SeparateBonus = TextExplanation.FromResource("Explain.SeparateBonus");

    public static readonly TextExplanation MergedBonus = TextExplanation.FromResource("Explain.MergedBonus");

    public static readonly TextExplanation AnnualBonus = TextExplanation.FromResource("Explain.AnnualBonus");

    public static readonly TextExplanation PostTaxDeductions = TextExplanation.FromResource("Explain.PostTaxDeductions");
}
