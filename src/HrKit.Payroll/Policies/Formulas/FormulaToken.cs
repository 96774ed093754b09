namespace HrKit.Payroll.Policies.Formulas;

internal enum FormulaTokenKind
{
    Number,
    Identifier,
    Text,
    Operator,
    LeftParen,
    RightParen,
    Comma,
    End,
}

/// <summary>A lexical token with its position in the formula, so errors can point at it.</summary>
internal readonly record struct FormulaToken(FormulaTokenKind Kind, string Text, int Position, decimal Number = 0m);
