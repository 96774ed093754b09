using System.Runtime.CompilerServices;
using HrKit.Payroll.Localization;

namespace HrKit.Payroll.Policies.Formulas;

/// <summary>
/// A binary arithmetic operator, compiled per operator: the interpreter's most frequent node (about a dozen per
/// payslip) no longer switches on the operator, and an operand that is a slot (an input, a parameter or an earlier
/// component: nearly every leaf of a pay policy) is read in place instead of through a virtual call whose target
/// changes from node to node. Results and errors are those of the single switching node this replaced.
/// </summary>
internal abstract class ArithmeticNode : FormulaNode
{
    /// <summary>The node for <paramref name="op"/> (<c>+ - * /</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="op"/> is not one of them.</exception>
    public static ArithmeticNode Create(char op, FormulaNode left, FormulaNode right) => op switch
    {
        '+' => new ArithmeticNode<Addition>(left, right),
        '-' => new ArithmeticNode<Subtraction>(left, right),
        '*' => new ArithmeticNode<Multiplication>(left, right),
        '/' => new ArithmeticNode<Division>(left, right),
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Not an arithmetic operator."),
    };

    public sealed override FormulaType Type => FormulaType.Number;
}

internal sealed class ArithmeticNode<TOperator>(FormulaNode left, FormulaNode right) : ArithmeticNode
    where TOperator : struct, IArithmeticOperator
{
    private readonly NumberOperand _left = new(left);
    private readonly NumberOperand _right = new(right);

    // Both operands are read before the operation, left first; their own failures are theirs, not this node's.
    public override decimal Number(in FormulaScope scope)
    {
        var a = _left.Read(scope);
        var b = _right.Read(scope);
        try
        {
            return TOperator.Apply(a, b);
        }
        catch (OverflowException)
        {
            throw new FormulaEvaluationException(new LocalText("Error.Formula.TooLarge", TOperator.Symbol));
        }
    }
}

/// <summary>An operand of an arithmetic node: a numeric slot read in place, or any other node through its virtual call.</summary>
internal readonly struct NumberOperand(FormulaNode node)
{
    private readonly int _slot = node is NumberSlotNode slotNode ? slotNode.Slot : -1;
    private readonly FormulaNode _node = node;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public decimal Read(in FormulaScope scope) => _slot >= 0 ? scope.Numbers[_slot] : _node.Number(scope);
}
