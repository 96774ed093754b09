using HrKit.Payroll.Localization;
namespace HrKit.Payroll.Policies.Formulas;

internal sealed class NegateNode(FormulaNode operand) : FormulaNode
{
    public override FormulaType Type => FormulaType.Number;

    public override decimal Number(in FormulaScope scope) => -operand.Number(scope);
}

internal sealed class NotNode(FormulaNode operand) : FormulaNode
{
    public override FormulaType Type => FormulaType.Boolean;

    public override bool Boolean(in FormulaScope scope) => !operand.Boolean(scope);
}

internal sealed class ComparisonNode(string op, FormulaNode left, FormulaNode right) : FormulaNode
{
    public override FormulaType Type => FormulaType.Boolean;

    public override bool Boolean(in FormulaScope scope)
    {
        if (left.Type == FormulaType.Text)
        {
            var equal = string.Equals(left.Text(scope), right.Text(scope), StringComparison.Ordinal);
            return op == "==" ? equal : !equal;
        }

        if (left.Type == FormulaType.Boolean)
        {
            var equal = left.Boolean(scope) == right.Boolean(scope);
            return op == "==" ? equal : !equal;
        }

        var a = left.Number(scope);
        var b = right.Number(scope);
        return op switch
        {
            "==" => a == b,
            "!=" => a != b,
            "<" => a < b,
            "<=" => a <= b,
            ">" => a > b,
            _ => a >= b,
        };
    }
}

internal sealed class LogicalNode(bool isAnd, FormulaNode left, FormulaNode right) : FormulaNode
{
    public override FormulaType Type => FormulaType.Boolean;

    public override bool Boolean(in FormulaScope scope) =>
        isAnd ? left.Boolean(scope) && right.Boolean(scope) : left.Boolean(scope) || right.Boolean(scope);
}

internal sealed class ConditionalNode(FormulaNode condition, FormulaNode whenTrue, FormulaNode whenFalse) : FormulaNode
{
    public override FormulaType Type => whenTrue.Type;

    public override decimal Number(in FormulaScope scope) =>
        condition.Boolean(scope) ? whenTrue.Number(scope) : whenFalse.Number(scope);

    public override bool Boolean(in FormulaScope scope) =>
        condition.Boolean(scope) ? whenTrue.Boolean(scope) : whenFalse.Boolean(scope);

    public override string? Text(in FormulaScope scope) =>
        condition.Boolean(scope) ? whenTrue.Text(scope) : whenFalse.Text(scope);
}
