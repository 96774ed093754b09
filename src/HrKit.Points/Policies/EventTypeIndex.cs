using System.Collections.Frozen;
using System.Linq.Expressions;
using HrKit.Points.Engine;

namespace HrKit.Points.Policies;

/// <summary>
/// The rules worth running for each event type, in file order. Built once per policy: each rule's condition is
/// specialised for every type literal the policy mentions (plus "any other type"), rules that cannot match a type are
/// left out of its list, and conditions that reduce to <c>true</c> are not run at all. A rule whose condition does not
/// constrain the type appears in every list.
/// </summary>
internal sealed class EventTypeIndex
{
    // Each literal a rule names costs one compilation of the rule: a rule naming dozens of types (a long chain of
    // e.Type == "…" || …) would make loading quadratic, so such a rule runs whole for every type instead.
    private const int MaxSpecializedLiterals = 16;

    // Each type gets a list as long as the policy; beyond this many types the index would cost more than it saves, and
    // every event runs every rule whole instead.
    private const int MaxIndexedTypes = 256;

    private readonly FrozenDictionary<string, CandidateRule[]> _byType;
    private readonly CandidateRule[] _otherTypes;

    private EventTypeIndex(FrozenDictionary<string, CandidateRule[]> byType, CandidateRule[] otherTypes)
    {
        _byType = byType;
        _otherTypes = otherTypes;
    }

    /// <summary>The candidates for an event of type <paramref name="type"/>.</summary>
    public CandidateRule[] For(string? type) =>
        type is not null && _byType.TryGetValue(type, out var candidates) ? candidates : _otherTypes;

    public static EventTypeIndex Build(IEnumerable<PointsRule> rules)
    {
        var perRule = rules.Select(r => new Specializations(r)).ToList();
        var types = perRule.SelectMany(r => r.Literals).Distinct(StringComparer.Ordinal).ToList();
        if (types.Count > MaxIndexedTypes)
        {
            return new EventTypeIndex(FrozenDictionary<string, CandidateRule[]>.Empty, [.. perRule.Select(r => new CandidateRule(r.Rule, r.Rule.Condition))]);
        }

        var byType = types.ToFrozenDictionary(t => t, t => Candidates(perRule, t), StringComparer.Ordinal);
        return new EventTypeIndex(byType, Candidates(perRule, null));
    }

    private static CandidateRule[] Candidates(List<Specializations> rules, string? type) =>
        [.. rules.Select(r => r.For(type)).OfType<CandidateRule>()];

    // One rule's specialised conditions. A type the rule never names behaves like "any other type", so a rule is
    // compiled at most once per literal it names, plus once for the rest.
    private sealed class Specializations(PointsRule rule)
    {
        public PointsRule Rule => rule;

        private readonly Dictionary<string, CandidateRule?> _named = new(StringComparer.Ordinal);
        private CandidateRule? _other;

        public HashSet<string> Literals { get; } = new(EventTypeSpecializer.TypeLiterals(rule.ConditionTree), StringComparer.Ordinal);
        private bool _otherKnown;

        public CandidateRule? For(string? type)
        {
            if (Literals.Count > MaxSpecializedLiterals)
            {
                return new CandidateRule(rule, rule.Condition);
            }

            if (type is not null && Literals.Contains(type))
            {
                if (!_named.TryGetValue(type, out var candidate))
                {
                    _named[type] = candidate = Specialize(type);
                }

                return candidate;
            }

            if (!_otherKnown)
            {
                _other = Specialize(null);
                _otherKnown = true;
            }

            return _other;
        }

        private CandidateRule? Specialize(string? type)
        {
            var condition = rule.ConditionTree;
            var specialized = EventTypeSpecializer.Specialize(condition, type);
            return specialized.Body switch
            {
                ConstantExpression { Value: false } => null,
                ConstantExpression { Value: true } => new CandidateRule(rule, null),
                _ when specialized == condition => new CandidateRule(rule, rule.Condition),
                _ => new CandidateRule(rule, specialized.Compile()),
            };
        }
    }
}
