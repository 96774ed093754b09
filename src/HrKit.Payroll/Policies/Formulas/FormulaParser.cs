using HrKit.Payroll.Localization;
using System.Collections.Frozen;

namespace HrKit.Payroll.Policies.Formulas;

/// <summary>
/// Recursive-descent parser for pay policy formulas. Grammar (lowest precedence first):
/// <c>cond ? a : b</c>, <c>||</c>, <c>&amp;&amp;</c>, <c>== !=</c>, <c>&lt; &lt;= &gt; &gt;=</c>, <c>+ -</c>, <c>* /</c>,
/// unary <c>- !</c>, then numbers, 'text', names, <c>(…)</c> and the functions
/// <c>min max round floor ceil abs if lookup</c>. Every name and type is checked here, never at evaluation.
/// </summary>
internal sealed class FormulaParser
{
    private readonly List<FormulaToken> _tokens;
    private readonly Func<string, FormulaSymbol?> _resolve;
    private readonly IReadOnlyDictionary<string, FrozenDictionary<string, decimal>> _tables;
    private readonly List<string> _references = [];
    private int _index;
    private int _depth;

    private FormulaParser(
        string source,
        Func<string, FormulaSymbol?> resolve,
        IReadOnlyDictionary<string, FrozenDictionary<string, decimal>> tables)
    {
        _tokens = FormulaLexer.Tokenize(source);
        _resolve = resolve;
        _tables = tables;
    }

    private FormulaToken Current => _tokens[_index];

    /// <summary>Parses and type-checks <paramref name="source"/>, which must produce <paramref name="expected"/>.</summary>
    public static CompiledFormula Compile(
        string source,
        FormulaType expected,
        Func<string, FormulaSymbol?> resolve,
        IReadOnlyDictionary<string, FrozenDictionary<string, decimal>> tables)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            throw new FormulaSyntaxException(new LocalText("Error.Formula.Empty"));
        }

        // Checked before any recursion: a hostile formula must fail with a message, never exhaust the stack.
        if (source.Length > PayrollLimits.MaxFormulaLength)
        {
            throw new FormulaSyntaxException(new LocalText("Error.Formula.TooLong", source.Length, PayrollLimits.MaxFormulaLength));
        }

        var parser = new FormulaParser(source, resolve, tables);
        var root = parser.ParseConditional();
        if (parser.Current.Kind != FormulaTokenKind.End)
        {
            throw parser.Unexpected(new LocalText("Error.Formula.Expect.OperatorOrEnd"));
        }

        Expect(root, expected, new LocalText("Error.Formula.What.Formula"));
        return new CompiledFormula(source, root, parser._references.Distinct(StringComparer.Ordinal).ToArray());
    }

    private FormulaNode ParseConditional()
    {
        Enter();
        var node = ParseConditionalCore();
        _depth--;
        return node;
    }

    // Every recursive descent passes through here, so nesting is refused before it can exhaust the stack.
    private void Enter()
    {
        if (++_depth > PayrollLimits.MaxFormulaDepth)
        {
            throw new FormulaSyntaxException(new LocalText("Error.Formula.TooDeep", PayrollLimits.MaxFormulaDepth, Current.Position + 1));
        }
    }

    private FormulaNode ParseConditionalCore()
    {
        var condition = ParseOr();
        if (!IsOperator("?"))
        {
            return condition;
        }

        _index++;
        Expect(condition, FormulaType.Boolean, new LocalText("Error.Formula.What.ConditionBeforeQuestion"));
        var whenTrue = ParseConditional();
        if (!IsOperator(":"))
        {
            throw Unexpected(new LocalText("Error.Formula.Expect.Token", ":"));
        }

        _index++;
        var whenFalse = ParseConditional();
        return MakeConditional(condition, whenTrue, whenFalse);
    }

    private FormulaNode ParseOr()
    {
        var left = ParseAnd();
        while (IsOperator("||"))
        {
            _index++;
            var right = ParseAnd();
            Expect(left, FormulaType.Boolean, new LocalText("Error.Formula.What.Left", "||"));
            Expect(right, FormulaType.Boolean, new LocalText("Error.Formula.What.Right", "||"));
            left = new LogicalNode(false, left, right);
        }

        return left;
    }

    private FormulaNode ParseAnd()
    {
        var left = ParseEquality();
        while (IsOperator("&&"))
        {
            _index++;
            var right = ParseEquality();
            Expect(left, FormulaType.Boolean, new LocalText("Error.Formula.What.Left", "&&"));
            Expect(right, FormulaType.Boolean, new LocalText("Error.Formula.What.Right", "&&"));
            left = new LogicalNode(true, left, right);
        }

        return left;
    }

    private FormulaNode ParseEquality()
    {
        var left = ParseRelational();
        while (IsOperator("==") || IsOperator("!="))
        {
            var op = Current.Text;
            _index++;
            var right = ParseRelational();
            if (left.Type != right.Type)
            {
                throw new FormulaSyntaxException(new LocalText("Error.Formula.Compares", op, Describe(left.Type), Describe(right.Type)));
            }

            left = new ComparisonNode(op, left, right);
        }

        return left;
    }

    private FormulaNode ParseRelational()
    {
        var left = ParseAdditive();
        while (IsOperator("<") || IsOperator("<=") || IsOperator(">") || IsOperator(">="))
        {
            var op = Current.Text;
            _index++;
            var right = ParseAdditive();
            Expect(left, FormulaType.Number, new LocalText("Error.Formula.What.Left", op));
            Expect(right, FormulaType.Number, new LocalText("Error.Formula.What.Right", op));
            left = new ComparisonNode(op, left, right);
        }

        return left;
    }

    private FormulaNode ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (IsOperator("+") || IsOperator("-"))
        {
            var op = Current.Text[0];
            _index++;
            left = Arithmetic(op, left, ParseMultiplicative());
        }

        return left;
    }

    private FormulaNode ParseMultiplicative()
    {
        var left = ParseUnary();
        while (IsOperator("*") || IsOperator("/"))
        {
            var op = Current.Text[0];
            _index++;
            left = Arithmetic(op, left, ParseUnary());
        }

        return left;
    }

    private FormulaNode ParseUnary()
    {
        if (IsOperator("-"))
        {
            _index++;
            Enter();
            var operand = ParseUnary();
            _depth--;
            Expect(operand, FormulaType.Number, new LocalText("Error.Formula.What.Operand", "-"));
            return new NegateNode(operand);
        }

        if (IsOperator("!"))
        {
            _index++;
            Enter();
            var operand = ParseUnary();
            _depth--;
            Expect(operand, FormulaType.Boolean, new LocalText("Error.Formula.What.Operand", "!"));
            return new NotNode(operand);
        }

        return ParsePrimary();
    }

    private FormulaNode ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case FormulaTokenKind.Number:
                _index++;
                return new NumberLiteralNode(token.Number);
            case FormulaTokenKind.Text:
                _index++;
                return new TextLiteralNode(token.Text);
            case FormulaTokenKind.LeftParen:
                _index++;
                var inner = ParseConditional();
                ExpectToken(FormulaTokenKind.RightParen, new LocalText("Error.Formula.Expect.Token", ")"));
                return inner;
            case FormulaTokenKind.Identifier:
                _index++;
                return Current.Kind == FormulaTokenKind.LeftParen ? ParseCall(token) : ResolveName(token);
            default:
                throw Unexpected(new LocalText("Error.Formula.Expect.Operand"));
        }
    }

    private FormulaNode ResolveName(FormulaToken token)
    {
        switch (token.Text)
        {
            case "true":
                return new BooleanLiteralNode(true);
            case "false":
                return new BooleanLiteralNode(false);
        }

        var symbol = _resolve(token.Text)
            ?? throw new FormulaSyntaxException(new LocalText("Error.Formula.UnknownName", token.Text, token.Position + 1));
        _references.Add(token.Text);
        return symbol.Type == FormulaType.Text
            ? new TextSlotNode(symbol.Slot)
            : new NumberSlotNode(symbol.Slot);
    }

    private FormulaNode ParseCall(FormulaToken name)
    {
        _index++; // '('
        var args = new List<FormulaNode>();
        if (Current.Kind != FormulaTokenKind.RightParen)
        {
            args.Add(ParseConditional());
            while (Current.Kind == FormulaTokenKind.Comma)
            {
                _index++;
                args.Add(ParseConditional());
            }
        }

        ExpectToken(FormulaTokenKind.RightParen, new LocalText("Error.Formula.Expect.CloseOrComma"));
        var fn = name.Text;
        switch (fn)
        {
            case "min" or "max":
                Arity(fn, args, 2, int.MaxValue);
                args.ForEach(a => Expect(a, FormulaType.Number, new LocalText("Error.Formula.What.AnArgument", fn)));
                return new MinMaxNode(fn == "max", [.. args]);
            case "round":
                Arity(fn, args, 1, 2);
                Expect(args[0], FormulaType.Number, new LocalText("Error.Formula.What.RoundValue"));
                return new RoundNode(args[0], args.Count == 2 ? Digits(args[1]) : 0);
            case "floor" or "ceil" or "abs":
                Arity(fn, args, 1, 1);
                Expect(args[0], FormulaType.Number, new LocalText("Error.Formula.What.TheArgument", fn));
                return new UnaryMathNode(fn, args[0]);
            case "if":
                Arity(fn, args, 3, 3);
                Expect(args[0], FormulaType.Boolean, new LocalText("Error.Formula.What.IfCondition"));
                return MakeConditional(args[0], args[1], args[2]);
            case "lookup":
                return MakeLookup(args);
            default:
                throw new FormulaSyntaxException(new LocalText("Error.Formula.UnknownFunction", fn, name.Position + 1));
        }
    }

    private LookupNode MakeLookup(List<FormulaNode> args)
    {
        Arity("lookup", args, 2, 3);
        if (args[0] is not TextLiteralNode tableNameNode)
        {
            throw new FormulaSyntaxException(new LocalText("Error.Formula.LookupTableName"));
        }

        var tableName = tableNameNode.Text(default)!;
        if (!_tables.TryGetValue(tableName, out var table))
        {
            var known = _tables.Count == 0 ? new LocalText("Error.Formula.NoTables") : new LocalText("Error.Formula.KnownTables", string.Join(", ", _tables.Keys));
            throw new FormulaSyntaxException(new LocalText("Error.Formula.LookupUnknownTable", tableName, known));
        }

        Expect(args[1], FormulaType.Text, new LocalText("Error.Formula.What.LookupKey"));
        if (args.Count == 3)
        {
            Expect(args[2], FormulaType.Number, new LocalText("Error.Formula.What.LookupDefault"));
        }

        return new LookupNode(tableName, table, args[1], args.Count == 3 ? args[2] : null);
    }

    private static int Digits(FormulaNode node)
    {
        if (node is NumberLiteralNode literal)
        {
            var value = literal.Number(default);
            if (value == decimal.Truncate(value) && value is >= 0 and <= 8)
            {
                return (int)value;
            }
        }

        throw new FormulaSyntaxException(new LocalText("Error.Formula.RoundDigits"));
    }

    private static ConditionalNode MakeConditional(FormulaNode condition, FormulaNode whenTrue, FormulaNode whenFalse)
    {
        if (whenTrue.Type != whenFalse.Type)
        {
            throw new FormulaSyntaxException(new LocalText("Error.Formula.Branches", Describe(whenTrue.Type), Describe(whenFalse.Type)));
        }

        return new ConditionalNode(condition, whenTrue, whenFalse);
    }

    private static ArithmeticNode Arithmetic(char op, FormulaNode left, FormulaNode right)
    {
        Expect(left, FormulaType.Number, new LocalText("Error.Formula.What.Left", op));
        Expect(right, FormulaType.Number, new LocalText("Error.Formula.What.Right", op));
        return ArithmeticNode.Create(op, left, right);
    }

    private static void Arity(string fn, List<FormulaNode> args, int min, int max)
    {
        if (args.Count < min || args.Count > max)
        {
            var expected = min == max ? $"{min}" : max == int.MaxValue ? $"at least {min}" : $"{min} or {max}";
            throw new FormulaSyntaxException(new LocalText("Error.Formula.ArgumentCount", fn, expected, args.Count));
        }
    }

    private static void Expect(FormulaNode node, FormulaType type, LocalText what)
    {
        if (node.Type != type)
        {
            throw new FormulaSyntaxException(new LocalText("Error.Formula.Type", what, Describe(type), Describe(node.Type)));
        }
    }

    private static LocalText Describe(FormulaType type) => new(type switch
    {
        FormulaType.Number => "Error.Formula.Kind.Number",
        FormulaType.Boolean => "Error.Formula.Kind.Boolean",
        _ => "Error.Formula.Kind.Text",
    });

    private bool IsOperator(string op) =>
        Current.Kind == FormulaTokenKind.Operator && string.Equals(Current.Text, op, StringComparison.Ordinal);

    private void ExpectToken(FormulaTokenKind kind, LocalText what)
    {
        if (Current.Kind != kind)
        {
            throw Unexpected(what);
        }

        _index++;
    }

    private FormulaSyntaxException Unexpected(LocalText expected) =>
        new(new LocalText("Error.Formula.Expected", expected, Current.Position + 1, Current.Text));
}
