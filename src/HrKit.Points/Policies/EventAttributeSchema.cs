using HrKit.Localization;
using HrKit.Points.Localization;
using System.Collections.Frozen;
using System.Linq.Expressions;
using System.Text.Json;
using System.Text.RegularExpressions;
using HrKit.Points.Engine;
using HrKit.Points.Model;
using NodaTime.Text;

namespace HrKit.Points.Policies;

/// <summary>
/// The custom event attributes a policy declares in its workflow-level <c>Attributes</c> (name → "string", "number",
/// "bool" or "date"). Each gets a slot in a typed array of <see cref="EventFacts"/> at load time, so a rule reading
/// <c>e.channel</c> compiles to an array element read: no dictionary look-up while rules run.
/// </summary>
internal sealed partial class EventAttributeSchema
{
    /// <summary>Most attributes one policy may declare.</summary>
    public const int MaxAttributes = 64;

    private readonly FrozenDictionary<string, (AttributeKind Kind, int Slot)> _byName;

    private EventAttributeSchema(Dictionary<string, (AttributeKind, int)> byName)
    {
        _byName = byName.ToFrozenDictionary(StringComparer.Ordinal);
        foreach (var (kind, _) in byName.Values)
        {
            switch (kind)
            {
                case AttributeKind.String: StringCount++; break;
                case AttributeKind.Number: NumberCount++; break;
                case AttributeKind.Bool: BoolCount++; break;
                default: DateCount++; break;
            }
        }
    }

    public static EventAttributeSchema None { get; } = new([]);

    public int StringCount { get; }

    public int NumberCount { get; }

    public int BoolCount { get; }

    public int DateCount { get; }

    public IEnumerable<string> Names => _byName.Keys;

    /// <summary>Reads the declarations, adding an error per bad one (field <c>Attributes.name</c>).</summary>
    public static EventAttributeSchema Read(Dictionary<string, JsonElement>? declared, List<PolicyError> errors)
    {
        if (declared is null or { Count: 0 })
        {
            return None;
        }

        if (declared.Count > MaxAttributes)
        {
            errors.Add(new PolicyError(null, "Attributes", PointsText.Of("Policy.TooManyAttributes", declared.Count, MaxAttributes)));
            return None;
        }

        var byName = new Dictionary<string, (AttributeKind, int)>(StringComparer.Ordinal);
        var slots = new int[4];
        foreach (var (name, value) in declared)
        {
            var field = "Attributes." + PolicyText.Shown(name);
            if (!Identifier().IsMatch(name))
            {
                errors.Add(new PolicyError(null, field, PointsText.Of("Policy.AttributeName")));
                continue;
            }

            if (EventFacts.FieldNames.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add(new PolicyError(null, field, PointsText.Of("Policy.AttributeClash", EventFacts.FieldNames.First(f => f.Equals(name, StringComparison.OrdinalIgnoreCase)))));
                continue;
            }

            AttributeKind? kind = value.ValueKind == JsonValueKind.String ? value.GetString() switch
            {
                "string" => AttributeKind.String,
                "number" => AttributeKind.Number,
                "bool" => AttributeKind.Bool,
                "date" => AttributeKind.Date,
                _ => null,
            } : null;
            if (kind is not { } k)
            {
                errors.Add(new PolicyError(null, field, PointsText.Of("Policy.AttributeType", PolicyText.Shown(value.ToString()))));
                continue;
            }

            byName[name] = (k, slots[(int)k]++);
        }

        return new EventAttributeSchema(byName);
    }

    /// <summary>The typed read of each attribute from <paramref name="facts"/>, keyed by <c>e.name</c>.</summary>
    public IEnumerable<(string Name, Expression Value)> Bindings(ParameterExpression facts)
    {
        foreach (var (name, (kind, slot)) in _byName)
        {
            var array = kind switch
            {
                AttributeKind.String => nameof(EventFacts.Strings),
                AttributeKind.Number => nameof(EventFacts.Numbers),
                AttributeKind.Bool => nameof(EventFacts.Flags),
                _ => nameof(EventFacts.Dates),
            };
            yield return (ExpressionCompiler.ParameterName + "." + name, Expression.ArrayIndex(Expression.Field(facts, array), Expression.Constant(slot)));
        }
    }

    /// <summary>
    /// Copies the event's attributes into <paramref name="facts"/> (absent ones read as their type's default), or returns
    /// the first attribute that is undeclared or of the wrong type; <paramref name="facts"/> is then partly filled.
    /// </summary>
    public (string Field, LocalMessage Reason)? Load(PointsEvent e, EventFacts facts)
    {
        if (_byName.Count == 0 && e.Attributes is null)
        {
            return null;
        }

        Array.Clear(facts.Strings);
        Array.Clear(facts.Numbers);
        Array.Clear(facts.Flags);
        Array.Clear(facts.Dates);
        if (facts.Strings.Length > 0)
        {
            Array.Fill(facts.Strings, "");
        }

        if (e.Attributes is not { Count: > 0 } attributes)
        {
            return null;
        }

        foreach (var (name, value) in attributes)
        {
            var field = "attributes." + PolicyText.Shown(name);
            if (!_byName.TryGetValue(name, out var declaration))
            {
                return (field, _byName.Count == 0
                    ? PointsText.Of("Event.AttributeUndeclaredNone")
                    : PointsText.Of("Event.AttributeUndeclared", string.Join(", ", _byName.Keys)));
            }

            var (kind, slot) = declaration;
            var ok = kind switch
            {
                AttributeKind.String => value.ValueKind == JsonValueKind.String && Store(facts.Strings, slot, value.GetString()!),
                AttributeKind.Number => value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var n) && Store(facts.Numbers, slot, n),
                AttributeKind.Bool => value.ValueKind is JsonValueKind.True or JsonValueKind.False && Store(facts.Flags, slot, value.GetBoolean()),
                _ => value.ValueKind == JsonValueKind.String && LocalDatePattern.Iso.Parse(value.GetString()!) is { Success: true } date
                    && Store(facts.Dates, slot, date.Value.ToDateTimeUnspecified()),
            };
            if (!ok)
            {
                // The kind's JSON keyword ("number") is what the policy file says, so it is quoted as written.
                return (field, PointsText.Of("Event.AttributeWrongType", PolicyText.Shown(value.GetRawText()),
                    PointsText.Of("Word.Attribute." + kind), kind.ToString().ToLowerInvariant()));
            }
        }

        return null;
    }

    private static bool Store<T>(T[] array, int slot, T value)
    {
        array[slot] = value;
        return true;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();
}
