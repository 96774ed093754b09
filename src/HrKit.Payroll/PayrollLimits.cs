namespace HrKit.Payroll;

/// <summary>
/// The documented bounds of HrKit.Payroll (docs/payroll-input.md, "Bounds"). Inputs outside them are rejected by
/// validation with the field named; a formula result outside them rejects that employee's record naming the
/// component. Every bound leaves decimal's range (±7.9 × 10^28) many orders of magnitude away, so no sum or product
/// of valid figures can overflow.
/// </summary>
public static class PayrollLimits
{
    /// <summary>Largest monetary input per field per month, in yuan (each allowance, custom input, base, bonus…): 1 000 000 000.00.</summary>
    public const decimal MaxAmount = 1_000_000_000m;

    /// <summary>Largest cumulative year-to-date figure (each <c>yearToDate</c> field), in yuan: 100 000 000 000.00.</summary>
    public const decimal MaxYearToDateAmount = 100_000_000_000m;

    /// <summary>Largest overtime hours of one kind in a month: 31 days × 24 hours.</summary>
    public const decimal MaxMonthlyHours = 744m;

    /// <summary>Largest <c>lateCount</c> in a month.</summary>
    public const int MaxLateCount = 10_000;

    /// <summary>Largest <c>lateMinutes</c> in a month: 31 days × 24 hours × 60 minutes.</summary>
    public const int MaxLateMinutes = 44_640;

    /// <summary>Most named amounts in one <c>allowances</c> or <c>customInputs</c> map.</summary>
    public const int MaxNamedAmounts = 1_000;

    /// <summary>
    /// Largest magnitude of a pay policy number (parameter, table entry, custom input default) and of a formula's
    /// result (a component, the social insurance base): 1 000 000 000 000.
    /// </summary>
    public const decimal MaxFormulaValue = 1_000_000_000_000m;

    /// <summary>Longest pay policy formula, in characters.</summary>
    public const int MaxFormulaLength = 2_000;

    /// <summary>Deepest nesting of a formula: parentheses, function calls, unary operators and conditions together.</summary>
    public const int MaxFormulaDepth = 32;

    /// <summary>Most components in one pay policy.</summary>
    public const int MaxPolicyComponents = 500;

    /// <summary>Largest single input record: one JSON Lines line, or one element of the <c>employees</c> array, in bytes (1 MiB).</summary>
    public const int MaxRecordBytes = 1 << 20;

    /// <summary>Deepest JSON nesting accepted in input, policy and contribution files.</summary>
    public const int MaxJsonDepth = 32;

    /// <summary>Largest pay policy or contribution table file read by the asynchronous loaders, in bytes (16 MiB).</summary>
    public const int MaxReferenceFileBytes = 16 << 20;
}
