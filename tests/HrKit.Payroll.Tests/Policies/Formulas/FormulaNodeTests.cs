using HrKit.Payroll.Policies.Formulas;

namespace HrKit.Payroll.Tests.Policies.Formulas;

/// <summary>
/// A compiled tree is type-checked at load, so a node is never asked for a value of another type; if a future node
/// did so by mistake, it must fail loudly with the reason rather than yield 0 or an empty text.
/// </summary>
public sealed class FormulaNodeTests
{
    [Fact]
    public void Number_OnATextNode_FailsSayingSo()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new TextLiteralNode("x").Number(default));

        Assert.Equal("not a number node", ex.Message);
    }

    [Fact]
    public void Boolean_OnANumberNode_FailsSayingSo()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new NumberLiteralNode(1m).Boolean(default));

        Assert.Equal("not a boolean node", ex.Message);
    }

    [Fact]
    public void Text_OnABooleanNode_FailsSayingSo()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new BooleanLiteralNode(true).Text(default));

        Assert.Equal("not a text node", ex.Message);
    }

    [Fact]
    public void Literals_AndSlots_HaveTheirTypes()
    {
        Assert.Equal(
            [FormulaType.Number, FormulaType.Boolean, FormulaType.Text, FormulaType.Number, FormulaType.Text],
            new FormulaNode[] { new NumberLiteralNode(1m), new BooleanLiteralNode(true), new TextLiteralNode("x"), new NumberSlotNode(0), new TextSlotNode(0) }
                .Select(n => n.Type));
    }

    [Fact]
    public void Create_NotAnArithmeticOperator_FailsNamingIt()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ArithmeticNode.Create('%', new NumberSlotNode(0), new NumberSlotNode(1)));

        Assert.Equal('%', ex.ActualValue);
    }

    [Theory]
    [InlineData('+', "7.5")]
    [InlineData('-', "-2.5")]
    [InlineData('*', "12.5")]
    [InlineData('/', "0.5")]
    public void Create_SlotAndLiteralOperands_ComputeTheOperator(char op, string expected)
    {
        // 2.5 from a slot and 5 from a literal: the slot is read in place, the literal through its node.
        var node = ArithmeticNode.Create(op, new NumberSlotNode(0), new NumberLiteralNode(5m));

        var value = node.Number(new FormulaScope([2.5m], []));

        Assert.Equal(expected, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
