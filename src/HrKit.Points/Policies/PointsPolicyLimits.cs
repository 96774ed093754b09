using HrKit.Localization;
using HrKit.Points.Localization;
namespace HrKit.Points.Policies;

/// <summary>
/// Size limits a policy must keep before anything in it is parsed. They exist so that no policy file, however hostile,
/// can exhaust the stack (an uncatchable crash) or tie a service up at start-up or on hot reload. The defaults are far
/// above what a real policy needs (docs/points-policy.md, "Limits"); raise one only up to its documented ceiling.
/// </summary>
public sealed record PointsPolicyLimits
{
    /// <summary>The largest <see cref="MaxExpressionNesting"/> accepted: deeper nesting risks the stack on a 1 MB thread.</summary>
    public const int NestingCeiling = 64;

    /// <summary>The largest <see cref="MaxExpressionOperators"/> accepted: longer chains risk the stack on a 1 MB thread.</summary>
    public const int OperatorCeiling = 1_000;

    /// <summary>The largest <see cref="MaxJsonDepth"/> accepted: the depth System.Text.Json reads a document's values to.</summary>
    public const int JsonDepthCeiling = 64;

    /// <summary>The defaults: 1 MiB, JSON depth 32, 1,000 rules, 4,000 characters, nesting 32, 256 operators.</summary>
    public static PointsPolicyLimits Default { get; } = new();

    /// <summary>Largest policy, in UTF-8 bytes (file or string). Default 1 MiB (1,048,576).</summary>
    public int MaxPolicyBytes { get; init; } = 1 << 20;

    /// <summary>Deepest nesting of JSON arrays and objects in the policy file (a normal policy nests 5 deep). Default 32.</summary>
    public int MaxJsonDepth { get; init; } = 32;

    /// <summary>Most rules in one policy, disabled rules included. Default 1,000.</summary>
    public int MaxRules { get; init; } = 1_000;

    /// <summary>Longest <c>Expression</c> or <c>points</c> expression, in characters. Default 4,000.</summary>
    public int MaxExpressionLength { get; init; } = 4_000;

    /// <summary>Deepest nesting of <c>( )</c>, <c>[ ]</c> and <c>{ }</c> in one expression. Default 32, at most <see cref="NestingCeiling"/>.</summary>
    public int MaxExpressionNesting { get; init; } = 32;

    /// <summary>
    /// Most operators in one expression: arithmetic, comparison, logical (<c>&amp;&amp; || ! and or not</c>), <c>?</c>,
    /// <c>:</c> and member access (<c>.</c>). Default 256, at most <see cref="OperatorCeiling"/>.
    /// </summary>
    public int MaxExpressionOperators { get; init; } = 256;

    /// <summary>Every setting that is out of range, each saying how to fix it; empty when the limits are usable.</summary>
    public IReadOnlyList<string> Validate() => [.. Problems().Select(p => p.ToString())];

    /// <summary>The out-of-range settings as messages, rendered in the reader's language by the options validator.</summary>
    internal List<LocalMessage> Problems()
    {
        var problems = new List<LocalMessage>();
        void Check(string name, int value, int ceiling, string unit)
        {
            if (value < 1 || value > ceiling)
            {
                problems.Add(PointsText.Of("Limits.OutOfRange", name, value, ceiling, PointsText.Of("Word.Unit." + unit)));
            }
        }

        Check(nameof(MaxPolicyBytes), MaxPolicyBytes, 64 << 20, "Bytes");
        Check(nameof(MaxJsonDepth), MaxJsonDepth, JsonDepthCeiling, "Levels");
        Check(nameof(MaxRules), MaxRules, 100_000, "Rules");
        Check(nameof(MaxExpressionLength), MaxExpressionLength, 1_000_000, "Characters");
        Check(nameof(MaxExpressionNesting), MaxExpressionNesting, NestingCeiling, "Levels");
        Check(nameof(MaxExpressionOperators), MaxExpressionOperators, OperatorCeiling, "Operators");
        return problems;
    }

    /// <summary>Throws <see cref="ArgumentException"/> listing every out-of-range setting.</summary>
    internal void EnsureValid()
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), "limits");
        }
    }
}
