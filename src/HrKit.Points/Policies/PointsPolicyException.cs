using System.Globalization;
using HrKit.Localization;
using HrKit.Points.Localization;

namespace HrKit.Points.Policies;

/// <summary>
/// A policy was rejected (error code <c>PointsPolicyInvalid</c>); <see cref="Errors"/> lists every problem, each naming
/// its rule and field, and <see cref="HrKitException.Target"/> names the rule and field of the first.
/// <see cref="HrKitException.GetMessage"/> lists them in the user's language (zh-CN or English).
/// </summary>
public sealed class PointsPolicyException : PointsException
{
    /// <summary>The <see cref="HrKitException.ErrorCode"/> of every <see cref="PointsPolicyException"/>.</summary>
    public const string Code = "PointsPolicyInvalid";

    /// <summary>Creates the exception from the problems found.</summary>
    public PointsPolicyException(IReadOnlyList<PolicyError> errors)
        : base(Describe(errors, CultureInfo.InvariantCulture), Code, TargetOf(errors))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception.</summary>
    public PointsPolicyException() : this([]) { }

    /// <summary>Creates the exception with a single policy-level message.</summary>
    public PointsPolicyException(string message) : this(message, null) { }

    /// <summary>Creates the exception with a single policy-level message.</summary>
    public PointsPolicyException(string message, Exception? inner)
        : base(message, Code, target: null, inner)
    {
        Errors = [new PolicyError(null, "policy", message)];
    }

    // A single built-in policy-level problem (the file, its size or its JSON): Message is exactly the English text.
    internal PointsPolicyException(LocalMessage text, Exception? inner = null)
        : base(text, Code, target: null, inner)
    {
        Errors = [new PolicyError(null, "policy", text)];
    }

    /// <summary>Every problem found; loading does not stop at the first.</summary>
    public IReadOnlyList<PolicyError> Errors { get; }

    /// <summary>
    /// Every problem in <paramref name="culture"/>'s language, as <see cref="Exception.Message"/> lists them in English;
    /// null for an exception a host created with a message of its own.
    /// </summary>
    /// <param name="culture">The language to render in.</param>
    protected override string? LocalizeMessage(CultureInfo culture) =>
        Text is { } single ? single.Render(culture)
        : string.Equals(Message, Describe(Errors, CultureInfo.InvariantCulture), StringComparison.Ordinal) ? Describe(Errors, culture)
        : null;

    private static HrKitErrorTarget? TargetOf(IReadOnlyList<PolicyError> errors) =>
        errors is [var first, ..] ? new(Field: first.Field, Rule: first.RuleName) : null;

    private static string Describe(IReadOnlyList<PolicyError> errors, CultureInfo culture) =>
        errors.Count == 0
            ? PointsText.Of("Policy.Invalid").Render(culture)
            : PointsText.Of("Policy.Errors", errors.Count).Render(culture) + Environment.NewLine + "  "
              + string.Join(Environment.NewLine + "  ", errors.Select(e => e.Describe(culture)));
}
