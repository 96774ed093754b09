namespace HrKit.Payroll.Policies.Formulas;

/// <summary>The values a compiled formula reads: numeric and text slots resolved by index when the policy was loaded.</summary>
internal readonly struct FormulaScope(decimal[] numbers, string?[] texts)
{
    public decimal[] Numbers { get; } = numbers;

    public string?[] Texts { get; } = texts;
}
