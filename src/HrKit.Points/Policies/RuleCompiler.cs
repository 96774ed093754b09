using HrKit.Points.Localization;
using HrKit.Localization;
using System.Globalization;
using System.Linq.Expressions;
using System.Text.Json;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using HrKit.Points.Engine;

namespace HrKit.Points.Policies;

/// <summary>Turns one rule document into a <see cref="PointsRule"/>, collecting every problem on the way.</summary>
internal static partial class RuleCompiler
{
    private static readonly string[] KnownProperties = ["points", "category", "dailyCap", "monthlyCap", "dailyBudget", "monthlyBudget", "description", "validFrom", "validTo", "multiplier"];

    public static PointsRule? Compile(RuleDocument rule, string name, PointsPolicyLimits limits, RuleScope policyScope, List<PolicyError> errors)
    {
        var before = errors.Count;
        void Fail(string field, LocalMessage message) => errors.Add(new PolicyError(name, field, message));

        var nestedRules = 0;
        var (condition, scope) = RuleConditions.Build(rule, name, limits, policyScope, errors, ref nestedRules);

        var props = rule.Properties ?? [];
        foreach (var key in props.Keys.Where(k => !KnownProperties.Contains(k, StringComparer.Ordinal)))
        {
            Fail("Properties." + key, PointsText.Of("Policy.UnknownProperty", string.Join(", ", KnownProperties)));
        }

        var (points, amount, pointsExpression) = ReadPoints(props, limits, scope, Fail);
        var category = ReadCategory(props, Fail);
        var cap = ReadPeriodLimit(props, "dailyCap", "monthlyCap", "cap", Fail) is { } c ? new RuleCap(c.Period, c.Limit) : null;
        if (cap is not null && points < 0)
        {
            // The field is the one the author wrote: monthlyCap as well as dailyCap.
            Fail(cap.Period == CapPeriod.Day ? "Properties.dailyCap" : "Properties.monthlyCap", PointsText.Of("Policy.PenaltyCap"));
        }

        var budget = ReadPeriodLimit(props, "dailyBudget", "monthlyBudget", "budget", Fail) is { } b ? new RuleBudget(b.Period, b.Limit) : null;
        if (budget is not null && points < 0)
        {
            Fail(budget.Period == CapPeriod.Day ? "Properties.dailyBudget" : "Properties.monthlyBudget", PointsText.Of("Policy.PenaltyBudget"));
        }

        var (validFrom, validTo) = ReadWindow(props, Fail);
        var (multiplier, multiplierFunc, multiplierText) = ReadMultiplier(props, limits, scope, Fail);
        var description = props.TryGetValue("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : rule.SuccessEvent;
        return errors.Count > before || condition is null
            ? null
            : new PointsRule(name, rule.Expression ?? $"{rule.Operator} of {rule.Rules!.Count} nested rules", Expression.Lambda<Func<EventFacts, bool>>(condition, scope.Event), points, amount, pointsExpression)
            {
                Category = category,
                Cap = cap,
                Budget = budget,
                Description = description,
                ValidFrom = validFrom,
                ValidTo = validTo,
                Multiplier = multiplier,
                MultiplierFunc = multiplierFunc,
                MultiplierExpression = multiplierText,
            };
    }

    private static (long Points, Func<EventFacts, long>? Amount, string? Text) ReadPoints(Dictionary<string, JsonElement> props, PointsPolicyLimits limits, RuleScope scope, Action<string, LocalMessage> fail)
    {
        if (!props.TryGetValue("points", out var p))
        {
            fail("Properties.points", PointsText.Of("Policy.PointsMissing"));
            return (0, null, null);
        }

        if (p.ValueKind == JsonValueKind.Number)
        {
            return p.TryGetInt64(out var n) && PointsBounds.IsPostingAmount(n) ? (n, null, null) : (0, null, OutOfRange(p.GetRawText()));
        }

        if (p.ValueKind == JsonValueKind.String)
        {
            var text = p.GetString()!;
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var constant))
            {
                return PointsBounds.IsPostingAmount(constant) ? (constant, null, null) : (0, null, OutOfRange(text));
            }

            var amount = ExpressionCompiler.TryParse<long>(text, limits, scope, out var error)?.Compile();
            if (error is not null)
            {
                fail("Properties.points", PointsText.Of("Policy.BadPointsExpression", PolicyText.Quote(text), error));
            }

            return (0, amount, text);
        }

        fail("Properties.points", PointsText.Of("Policy.PointsType", p.ValueKind.ToString().ToLowerInvariant(), PolicyText.Shown(p.ToString())));
        return (0, null, null);

        string? OutOfRange(string value)
        {
            fail("Properties.points", PointsText.Of("Policy.PointsOutOfRange", PolicyText.Shown(value), PointsBounds.MaxPointsPerPosting));
            return null;
        }
    }

    private static (LocalDate? From, LocalDate? To) ReadWindow(Dictionary<string, JsonElement> props, Action<string, LocalMessage> fail)
    {
        LocalDate? Read(string key)
        {
            if (!props.TryGetValue(key, out var v))
            {
                return null;
            }

            if (v.ValueKind == JsonValueKind.String && LocalDatePattern.Iso.Parse(v.GetString()!) is { Success: true } parsed)
            {
                return parsed.Value;
            }

            fail("Properties." + key, PointsText.Of("Policy.NotADate", PolicyText.Shown(v.ToString())));
            return null;
        }

        var (from, to) = (Read("validFrom"), Read("validTo"));
        if (from > to)
        {
            fail("Properties.validTo", PointsText.Of("Policy.WindowReversed", to, from));
        }

        return (from, to);
    }

    private static (decimal? Fixed, Func<EventFacts, decimal>? Func, string? Text) ReadMultiplier(
        Dictionary<string, JsonElement> props, PointsPolicyLimits limits, RuleScope scope, Action<string, LocalMessage> fail)
    {
        if (!props.TryGetValue("multiplier", out var m))
        {
            return (null, null, null);
        }

        if (m.ValueKind == JsonValueKind.Number && m.TryGetDecimal(out var n) && n is >= 0m and <= PointsBounds.MaxMultiplier)
        {
            return (n, null, null);
        }

        if (m.ValueKind == JsonValueKind.String)
        {
            var text = m.GetString()!;
            // Any number will do ("e.Score / 50.0" is a double): it is converted to decimal, an out-of-range double failing the event.
            var body = ExpressionCompiler.TryParseBody(text, null, limits, scope, out var error);
            if (body is not null && !IsNumber(body.Type))
            {
                error = PointsText.Of("Policy.MultiplierNotNumber", body.Type.Name);
            }

            var func = error is null ? System.Linq.Expressions.Expression.Lambda<Func<EventFacts, decimal>>(
                System.Linq.Expressions.Expression.ConvertChecked(body!, typeof(decimal)), scope.Event).Compile() : null;
            if (error is not null)
            {
                fail("Properties.multiplier", PointsText.Of("Policy.BadMultiplier", PolicyText.Quote(text), error));
            }

            return (null, func, text);
        }

        fail("Properties.multiplier", PointsText.Of("Policy.MultiplierType", PointsBounds.MaxMultiplier, PolicyText.Shown(m.ToString())));
        return (null, null, null);
    }

    private static bool IsNumber(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(decimal) || type == typeof(double) || type == typeof(float)
        || type == typeof(short) || type == typeof(byte) || type == typeof(uint) || type == typeof(ulong);

    private static string ReadCategory(Dictionary<string, JsonElement> props, Action<string, LocalMessage> fail)
    {
        if (!props.TryGetValue("category", out var c))
        {
            return PointsCategories.General;
        }

        var text = c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        if (text is null || !CategoryPattern().IsMatch(text))
        {
            fail("Properties.category", PointsText.Of("Policy.Category", PolicyText.Shown(c.ToString())));
            return PointsCategories.General;
        }

        return text;
    }

    // dailyX / monthlyX: at most one of the two, each a whole number of points within the bounds.
    private static (CapPeriod Period, long Limit)? ReadPeriodLimit(Dictionary<string, JsonElement> props, string daily, string monthly, string what, Action<string, LocalMessage> fail)
    {
        var perDay = ReadLimit(props, daily, fail);
        var perMonth = ReadLimit(props, monthly, fail);
        if (perDay is not null && perMonth is not null)
        {
            fail("Properties." + monthly, PointsText.Of("Policy.OneLimit." + what, daily, monthly));
        }

        return perDay is { } d ? (CapPeriod.Day, d) : perMonth is { } m ? (CapPeriod.Month, m) : null;
    }

    private static long? ReadLimit(Dictionary<string, JsonElement> props, string key, Action<string, LocalMessage> fail)
    {
        if (!props.TryGetValue(key, out var v))
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n) && n is > 0 and <= PointsBounds.MaxBalance)
        {
            return n;
        }

        fail("Properties." + key, PointsText.Of("Policy.Limit", PointsBounds.MaxBalance, PolicyText.Shown(v.ToString())));
        return null;
    }

    [GeneratedRegex("^[a-z0-9_-]{1,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex CategoryPattern();
}
