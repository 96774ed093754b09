using HrKit.Payroll.Localization;

namespace HrKit.Payroll.Policies.Formulas;

/// <summary>An arithmetic operator as a type, so that <see cref="ArithmeticNode{TOperator}"/> is compiled once per operator with it inlined.</summary>
internal interface IArithmeticOperator
{
    static abstract char Symbol { get; }

    static abstract decimal Apply(decimal a, decimal b);
}

internal readonly struct Addition : IArithmeticOperator
{
    public static char Symbol => '+';

    public static decimal Apply(decimal a, decimal b) => FastDecimal.Add(a, b);
}

internal readonly struct Subtraction : IArithmeticOperator
{
    public static char Symbol => '-';

    public static decimal Apply(decimal a, decimal b) => FastDecimal.Subtract(a, b);
}

internal readonly struct Multiplication : IArithmeticOperator
{
    public static char Symbol => '*';

    public static decimal Apply(decimal a, decimal b) => FastDecimal.Multiply(a, b);
}

internal readonly struct Division : IArithmeticOperator
{
    public static char Symbol => '/';

    public static decimal Apply(decimal a, decimal b) =>
        b == 0m ? throw new FormulaEvaluationException(new LocalText("Error.Formula.DivisionByZero")) : a / b;
}
