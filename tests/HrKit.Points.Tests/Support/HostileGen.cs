using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using HrKit.Points.Model;
using NodaTime;

namespace HrKit.Points.Tests.Support;

/// <summary>
/// Generators of hostile input for HrKit.Points: rule expressions (from a grammar of the dialect, with edge values,
/// forbidden calls, deep nesting and long chains), whole policy documents and event JSON lines, each optionally
/// mutated character by character. Sizes stay small so a property runs in seconds; the huge cases are example tests.
/// </summary>
internal static class HostileGen
{
    private static readonly string[] Fields =
        ["e.Type", "e.EmployeeId", "e.Hour", "e.Minute", "e.DayOfWeek", "e.Day", "e.Score", "e.Count", "e.Minutes", "e.Days", "e.Subject", "e.Nope", "e", "it"];

    private static readonly string[] Literals =
        ["0", "1", "-1", "7", "2147483647", "-2147483648", "9223372036854775807", "99999999999999999999", "1000000", "1e308", "0.5", "3m", "2L",
         "\"checkIn\"", "\"\"", "\"a\\\"b\"", "'c'", "true", "false", "null", "DateTime.Now", "int.MaxValue"];

    private static readonly string[] Binary = ["+", "-", "*", "/", "%", "==", "!=", "<", "<=", ">", ">=", "&&", "||", " and ", " or ", "??", " mod "];

    private static readonly string[] Unary = ["!", "-", "not ", "+"];

    private static readonly string[] Suffixes =
        [".Substring(1)", ".Substring(3, 2)", ".Length", ".Trim()", ".Contains(\"a\")", ".ToUpperInvariant()", ".GetType()", ".StartsWith(\"x\")", "[0]", ".Equals(1)"];

    private static readonly string[] Wrappers =
        ["Math.Min({0}, {1})", "Math.Max({0}, {1})", "Math.Abs({0})", "Math.Round({0})", "iif({0}, {1}, {1})", "System.IO.File.Exists({0})",
         "({0} ? {1} : {1})", "new[] {{ {0} }}", "np({0})", "({0})"];

    // Characters that matter to the expression and JSON grammars, for character-level mutations.
    private const string Alphabet = "()[]{}\"'\\.,:;+-*/%<>=!&|?~^ \t\n0123456789eE_aZ\u00e9\uFFFD";

    /// <summary>An expression from the dialect's grammar, usually small, sometimes meaningless.</summary>
    public static Gen<string> Expression() => Gen.Sized(size => ExpressionOf(Math.Min(size, 12)));

    /// <summary>Deep or long expressions, around and beyond the default limits (never huge).</summary>
    public static Gen<string> DeepOrLongExpression() =>
        Gen.OneOf(
            from n in Gen.Choose(1, 120) select new string('(', n) + "e.Count > 1" + new string(')', n),
            from n in Gen.Choose(1, 400) select "e.Count" + string.Concat(Enumerable.Repeat(" + 1", n)) + " > 1",
            from n in Gen.Choose(1, 400) from op in Gen.Elements(Unary) select string.Concat(Enumerable.Repeat(op, n)) + "(e.Count > 1)",
            from n in Gen.Choose(1, 120) select string.Concat(Enumerable.Repeat("e.Count > 1 ? true : (", n)) + "false" + new string(')', n),
            from n in Gen.Choose(1, 200) select "e.Subject" + string.Concat(Enumerable.Repeat(".Trim()", n)) + " == \"\"",
            from n in Gen.Choose(1, 60) select new string('[', n) + "1" + new string(']', n));

    /// <summary>A well-typed condition: comparisons, string tests, logic and conditionals over the event's fields.</summary>
    public static Gen<string> Condition() => Gen.Sized(size => ConditionOf(Math.Min(size, 6)));

    /// <summary>A well-typed whole-number expression, as <c>Properties.points</c> takes.</summary>
    public static Gen<string> Amount() => Gen.Sized(size => NumberOf(Math.Min(size, 6)));

    /// <summary>Any expression: mostly well-typed, else from the loose grammar, deep or long; each possibly mutated.</summary>
    public static Gen<string> AnyExpression() =>
        Mutated(Gen.Frequency((4, Condition()), (2, Amount()), (2, Expression()), (1, DeepOrLongExpression())));

    private static Gen<string> NumberOf(int size) =>
        size <= 0
            ? Gen.OneOf(Gen.Elements("e.Count", "e.Minutes", "e.Days", "e.Hour", "e.Day", "e.DayOfWeek", "e.Subject.Length"), Gen.Elements("0", "1", "-3", "10", "1000000", "2147483647"))
            : Gen.OneOf(
                NumberOf(0),
                from l in NumberOf(size / 2) from op in Gen.Elements("+", "-", "*", "/", "%") from r in NumberOf(size / 2) select $"({l} {op} {r})",
                from x in NumberOf(size - 1) select $"-{x}",
                from f in Gen.Elements("Math.Min", "Math.Max") from a in NumberOf(size / 2) from b in NumberOf(size / 2) select $"{f}({a}, {b})",
                from x in NumberOf(size - 1) select $"Math.Abs({x})",
                from c in ConditionOf(size / 2) from a in NumberOf(size / 2) from b in NumberOf(size / 2) select $"({c} ? {a} : {b})");

    private static Gen<string> TextOf(int size) =>
        size <= 0
            ? Gen.Elements("e.Type", "e.Subject", "e.EmployeeId", "\"checkIn\"", "\"hr-\"", "\"\"")
            : Gen.OneOf(
                TextOf(0),
                from x in TextOf(size - 1) from n in NumberOf(0) select $"{x}.Substring({n})",
                from x in TextOf(size - 1) from m in Gen.Elements(".Trim()", ".ToUpperInvariant()", ".ToLowerInvariant()") select x + m);

    private static Gen<string> ConditionOf(int size) =>
        size <= 0
            ? Gen.OneOf(
                from l in NumberOf(0) from op in Gen.Elements("==", "!=", "<", "<=", ">", ">=") from r in NumberOf(0) select $"{l} {op} {r}",
                from t in Gen.Elements("checkIn", "late", "performanceReview", "trainingCompleted", "x") select $"e.Type == \"{t}\"",
                Gen.Elements("e.Score >= 90", "e.Score * 2 > 100", "true", "false"))
            : Gen.OneOf(
                ConditionOf(0),
                from l in ConditionOf(size / 2) from op in Gen.Elements("&&", "||", "and", "or") from r in ConditionOf(size / 2) select $"({l} {op} {r})",
                from x in ConditionOf(size - 1) select $"!({x})",
                from l in NumberOf(size / 2) from op in Gen.Elements("==", "<", ">=") from r in NumberOf(size / 2) select $"{l} {op} {r}",
                from t in TextOf(size / 2) from m in Gen.Elements("Contains", "StartsWith", "EndsWith") from u in TextOf(0) select $"{t}.{m}({u})",
                from c in ConditionOf(size / 3) from a in ConditionOf(size / 3) from b in ConditionOf(size / 3) select $"({c} ? {a} : {b})");

    /// <summary>A RulesEngine workflow of a few generated rules, or the default policy, possibly mutated as text.</summary>
    public static Gen<string> PolicyJson() =>
        Mutated(keep: 4, Gen.Frequency(
            (4, from count in Gen.Choose(1, 6) from rules in Gen.ArrayOf(Rule(), count) select Workflow(rules.Select((r, i) => r.Replace("\"RuleName\": \"#\"", $"\"RuleName\": \"R{i}\"", StringComparison.Ordinal)))),
            (1, Gen.Constant(HrKit.Points.Policies.PointsPolicyLoader.ReadDefaultJson())),
            (1, Gen.Elements("", "{}", "[]", "[{},{}]", "null", "42", "\"x\"", "{\"WorkflowName\":\"W\",\"Rules\":null}", "{\"Rules\":[null]}"))));

    /// <summary>Rule objects as JSON text, with odd names, expressions, points and properties.</summary>
    public static Gen<string> Rule() =>
        // "#" is replaced by a unique name per rule; the others are odd on purpose (duplicate, blank, too long, accented).
        from name in Gen.Frequency((12, Gen.Constant("#")), (1, Gen.Elements("A", "", " ", "r\u00e9gle", "x/y", new string('n', 129), "null")))
        from expression in Gen.Frequency((10, Condition().Select(JsonString)), (3, AnyExpression().Select(JsonString)), (1, Gen.Elements("null", "5", "{}", "[]", "\"\"")))
        from points in Points()
        from extra in Gen.Frequency(
            (8, Gen.Elements("", ", \"category\": \"learning\"", ", \"dailyCap\": 6", ", \"monthlyCap\": 60", ", \"description\": \"d\"")),
            (1, Gen.Elements(", \"category\": \"Bad Cat\"", ", \"monthlyCap\": 0", ", \"dailyCap\": 9223372036854775807", ", \"dailyCap\": 3, \"monthlyCap\": 3",
                ", \"ponits\": 1", ", \"description\": [[[]]]", ", \"points\": 2")))
        from enabled in Gen.Frequency(
            (8, Gen.Elements("", "\"Enabled\": false, ", "\"RuleExpressionType\": \"LambdaExpression\", ")),
            (1, Gen.Elements("\"Enabled\": \"no\", ", "\"RuleExpressionType\": \"Other\", ", "\"Rules\": [{}], ", "\"LocalParams\": [{}], ")))
        select $$"""{ {{enabled}}"RuleName": {{JsonString(name)}}, "Expression": {{expression}}, "Properties": { "points": {{points}}{{extra}} } }""";

    /// <summary>Values for <c>Properties.points</c>: numbers at and past the bounds, expressions, wrong types.</summary>
    public static Gen<string> Points() =>
        Gen.Frequency(
            (4, Gen.Elements("1", "-5", "0", "10", "1000000", "-1000000", "\"12\"")),
            (1, Gen.Elements("1000001", "9223372036854775807", "-9223372036854775808", "1e300", "1.5", "-0",
                "null", "true", "{}", "[]", "\"\"", "\"9223372036854775807\"", "\"99999999999999999999\"")),
            (4, Amount().Select(JsonString)),
            (1, AnyExpression().Select(JsonString)));

    /// <summary>A JSON line meant to be an event: valid fields, hostile values, or garbage, possibly mutated.</summary>
    public static Gen<string> EventLine() =>
        Mutated(keep: 4, Gen.Frequency(
            (5, from id in TextValue()
                from employee in TextValue()
                from type in Gen.Frequency(
                    (12, Gen.Elements("\"checkIn\"", "\"late\"", "\"performanceReview\"", "\"trainingCompleted\"", "\"shareArticle\"")),
                    (1, Gen.Elements("\"\"", "null", "7", "[]")))
                from time in TimeValue()
                from field in Gen.Frequency((8, Gen.Elements("score", "count", "minutes", "days", "subject", "extra")), (1, Gen.Elements("eventId", "EVENTID")))
                from value in field is "subject" or "eventId" or "EVENTID" ? TextValue() : NumberValue()
                select $$"""{"eventId":{{id}},"employeeId":{{employee}},"type":{{type}},"occurredAt":{{time}},"{{field}}":{{value}}}"""),
            (1, Gen.Elements("", "   ", "// comment", "{", "}", "[]", "null", "{}", "\"x\"", "{\"a\":" + new string('[', 40) + new string(']', 40) + "}"))));

    /// <summary>A few event lines (up to six), so that a whole file is often valid and reaches the service.</summary>
    public static Gen<string[]> EventLines() =>
        from n in Gen.Choose(0, 6)
        from lines in Gen.ArrayOf(EventLine(), n)
        select lines;

    /// <summary>A few events (up to twelve), as a host might build them in code.</summary>
    public static Gen<PointsEvent[]> Events() =>
        from n in Gen.Choose(0, 12)
        from events in Gen.ArrayOf(Event(), n)
        select events;

    /// <summary>An event as a host might build it in code, with missing, oversized and extreme values.</summary>
    public static Gen<PointsEvent> Event() =>
        from type in Gen.Elements("checkIn", "late", "performanceReview", "trainingCompleted", "shareArticle", "x", "", null, new string('t', 300))
        from employee in Gen.Elements("E1", "E2", "E3", "", " ", null, new string('e', 300))
        from when in Gen.Elements(
            Instant.MinValue, Instant.MaxValue, default, Instant.FromUtc(1, 1, 1, 0, 0), Instant.FromUtc(9999, 12, 31, 0, 0),
            PointsBounds.EventTimes.Start, PointsBounds.EventTimes.End, PointsBounds.EventTimes.End - Duration.Epsilon,
            Instant.FromUtc(2025, 6, 2, 1, 0), Instant.FromUtc(2025, 6, 2, 15, 59), Instant.FromUtc(2025, 6, 30, 16, 0))
        from minutes in Gen.Elements<int?>(null, int.MinValue, -1, 0, 1, 59, 120, 3_000, int.MaxValue)
        from count in Gen.Elements<int?>(null, int.MinValue, -1, 0, 2, int.MaxValue)
        from days in Gen.Elements<int?>(null, 0, 22, 2_000_000, int.MaxValue)
        from score in Gen.Elements<decimal?>(null, 0m, 89.9m, 90m, -1m, decimal.MaxValue, decimal.MinValue)
        from subject in Gen.Elements(null, "", "ab", "abcdef", "hr-news", "\u00e9\uFFFD")
        select new PointsEvent("id", employee!, type!, when) { Minutes = minutes, Count = count, Days = days, Score = score, Subject = subject };

    private static Gen<string> ExpressionOf(int size) =>
        size <= 0
            ? Gen.OneOf(Gen.Elements(Fields), Gen.Elements(Literals))
            : Gen.OneOf(
                Gen.Elements(Fields),
                Gen.Elements(Literals),
                from l in ExpressionOf(size / 2) from op in Gen.Elements(Binary) from r in ExpressionOf(size / 2) select $"{l} {op} {r}",
                from op in Gen.Elements(Unary) from x in ExpressionOf(size - 1) select op + x,
                from x in ExpressionOf(size - 1) from s in Gen.Elements(Suffixes) select x + s,
                from w in Gen.Elements(Wrappers) from a in ExpressionOf(size / 2) from b in ExpressionOf(size / 2) select string.Format(System.Globalization.CultureInfo.InvariantCulture, w, a, b));

    private static Gen<string> TextValue() =>
        Gen.Frequency(
            (16, Gen.Elements("a", "E1", "evt-0001", "\u00e9", "x/y").Select(JsonString)),
            (1, Gen.Elements("", " ", "\u0000", new string('i', 300)).Select(JsonString)),
            (1, Gen.Elements("null", "1", "true", "{}", "[\"a\"]")));

    private static Gen<string> TimeValue() =>
        Gen.Frequency(
            (12, Gen.Elements("2025-06-02T08:55:00+08:00", "2025-06-02T00:55:00Z", "2200-12-31T23:59:59+14:00", "2000-01-01T00:00:00Z",
                "2025-06-02T08:55:00.123456789+08:00").Select(JsonString)),
            (2, Gen.Elements("2025-06-02T08:55:00", "9999-12-31T23:59:59-18:00", "0001-01-01T00:00:00+18:00", "-9998-01-01T00:00:00Z", "2200-12-31T23:59:59-14:00",
                "2000-01-01T00:00:00+14:00", "2025-02-30T00:00:00Z", "2025-06-02T08:55:00+25:00", "now", "").Select(JsonString)),
            (1, Gen.Elements("null", "0", "1748825700", "[]", "{}")));

    private static Gen<string> NumberValue() =>
        Gen.Frequency(
            (8, Gen.Elements("0", "-1", "1", "95", "120", "2147483647", "-2147483648", "null")),
            (1, Gen.Elements("2147483648", "-2147483649", "1e10", "1e300", "-1e300", "1.5", "79228162514264337593543950335", "7.9e28",
                "\"12\"", "true", "[1]", "{\"x\":1}", "\"\u00e9\"")));

    /// <summary>The text as it is (<paramref name="keep"/> times in <paramref name="keep"/> + 1), or with one to three character edits.</summary>
    public static Gen<string> Mutated(Gen<string> text, int keep = 2) => Mutated(keep, text);

    private static Gen<string> Mutated(int keep, Gen<string> text) =>
        from s in text
        from edits in (from kind in Gen.Choose(0, 2) from at in Gen.Choose(0, 10_000) from c in Gen.Elements(Alphabet.ToCharArray()) select (kind, at, c)).ListOf()
        from apply in Gen.Frequency((keep, Gen.Constant(false)), (1, Gen.Constant(true)))
        select apply ? Edit(s, edits.Take(3)) : s;

    private static string Edit(string text, IEnumerable<(int Kind, int At, char C)> edits)
    {
        var sb = new StringBuilder(text);
        foreach (var (kind, at, c) in edits)
        {
            var i = sb.Length == 0 ? 0 : at % (sb.Length + 1);
            switch (kind)
            {
                case 0:
                    sb.Insert(i, c);
                    break;
                case 1 when i < sb.Length:
                    sb.Remove(i, 1);
                    break;
                default:
                    var length = Math.Min(8, sb.Length - i);
                    sb.Insert(i, sb.ToString(i, length));
                    break;
            }
        }

        return sb.ToString();
    }

    private static string Workflow(IEnumerable<string> rules) =>
        $$"""{ "WorkflowName": "Fuzz", "Rules": [ {{string.Join(", ", rules)}} ] }""";

    private static string JsonString(string text) => JsonSerializer.Serialize(text);
}
