using HrKit.Payroll.Localization;
using System.Collections.Frozen;

namespace HrKit.Payroll.Policies.Formulas;

internal sealed class MinMaxNode(bool isMax, FormulaNode[] arguments) : FormulaNode
{
    public override FormulaType Type => FormulaType.Number;

    public override decimal Number(in FormulaScope scope)
    {
        var result = arguments[0].Number(scope);
        for (var i = 1; i < arguments.Length; i++)
        {
            var v = arguments[i].Number(scope);
            result = isMax ? Math.Max(result, v) : Math.Min(result, v);
        }

        return result;
    }
}

/// <summary>round(x, digits): half away from zero, the commercial rounding used on Chinese payslips.</summary>
internal sealed class RoundNode(FormulaNode value, int digits) : FormulaNode
{
    public override FormulaType Type => FormulaType.Number;

    public override decimal Number(in FormulaScope scope) =>
        Math.Round(value.Number(scope), digits, MidpointRounding.AwayFromZero);
}

internal sealed class UnaryMathNode(string function, FormulaNode value) : FormulaNode
{
    public override FormulaType Type => FormulaType.Number;

    public override decimal Number(in FormulaScope scope)
    {
        var v = value.Number(scope);
        return function switch
        {
            "floor" => Math.Floor(v),
            "ceil" => Math.Ceiling(v),
            _ => Math.Abs(v),
        };
    }
}

/// <summary>lookup('table', key[, default]): a policy table maps text keys (e.g. grades) to numbers.</summary>
internal sealed class LookupNode(string tableName, FrozenDictionary<string, decimal> table, FormulaNode key, FormulaNode? fallback)
    : FormulaNode
{
    public override FormulaType Type => FormulaType.Number;

    public override decimal Number(in FormulaScope scope)
    {
        var k = key.Text(scope);
        if (k is not null && table.TryGetValue(k, out var value))
        {
            return value;
        }

        return fallback is not null
            ? fallback.Number(scope)
            : throw new FormulaEvaluationException(new LocalText("Error.Formula.NoEntry", tableName, k));
    }
}
