namespace HrKit.Payroll.Excel.Input;

/// <summary>What an input column holds, which decides how its cell is read and written.</summary>
internal enum CellKind
{
    /// <summary>Free text (an id, a name, a city code).</summary>
    Text,

    /// <summary>A decimal figure (amounts, days, hours, rates).</summary>
    Number,

    /// <summary>A whole number (late count, late minutes).</summary>
    Integer,

    /// <summary>A month, <c>yyyy-MM</c>.</summary>
    Month,

    /// <summary>A date, <c>yyyy-MM-dd</c> (or an Excel date cell).</summary>
    Date,

    /// <summary>是/否, yes/no, true/false, 1/0.</summary>
    Boolean,

    /// <summary><c>name=amount; name=amount</c>: allowances, custom inputs.</summary>
    NamedAmounts,

    /// <summary><c>separate</c> or <c>merged</c> (单独计税 / 并入综合所得).</summary>
    BonusTaxMethod,
}
