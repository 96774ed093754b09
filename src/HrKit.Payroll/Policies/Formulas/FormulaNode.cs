namespace HrKit.Payroll.Policies.Formulas;

/// <summary>
/// A node of a compiled formula. The tree is type-checked once at load, so evaluation never inspects types or
/// names: each node reads slots by index and calls the typed method of its children.
/// </summary>
internal abstract class FormulaNode
{
    public abstract FormulaType Type { get; }

    public virtual decimal Number(in FormulaScope scope) => throw new InvalidOperationException("not a number node");

    public virtual bool Boolean(in FormulaScope scope) => throw new InvalidOperationException("not a boolean node");

    public virtual string? Text(in FormulaScope scope) => throw new InvalidOperationException("not a text node");
}

internal sealed class NumberLiteralNode(decimal value) : FormulaNode
{
    public override FormulaType Type => FormulaType.Number;

    public override decimal Number(in FormulaScope scope) => value;
}

internal sealed class BooleanLiteralNode(bool value) : FormulaNode
{
    public override FormulaType Type => FormulaType.Boolean;

    public override bool Boolean(in FormulaScope scope) => value;
}

internal sealed class TextLiteralNode(string value) : FormulaNode
{
    public override FormulaType Type => FormulaType.Text;

    public override string? Text(in FormulaScope scope) => value;
}

internal sealed class NumberSlotNode(int slot) : FormulaNode
{
    public int Slot => slot;

    public override FormulaType Type => FormulaType.Number;

    public override decimal Number(in FormulaScope scope) => scope.Numbers[slot];
}

internal sealed class TextSlotNode(int slot) : FormulaNode
{
    public override FormulaType Type => FormulaType.Text;

    public override string? Text(in FormulaScope scope) => scope.Texts[slot];
}
