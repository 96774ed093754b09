namespace HrKit.Points.Policies;

/// <summary>
/// A policy was rejected (error code <c>PointsPolicyInvalid</c>); <see cref="Errors"/> lists every problem, each naming
/// its rule and field, and <see cref="HrKitException.Target"/> names the rule and field of the first.
/// </summary>
public sealed class PointsPolicyException : PointsException
{
    /// <summary>The <see cref="HrKitException.ErrorCode"/> of every <see cref="PointsPolicyException"/>.</summary>
    public const string Code = "PointsPolicyInvalid";

    /// <summary>Creates the exception from the problems found.</summary>
    public PointsPolicyException(IReadOnlyList<PolicyError> errors)
        : base(Describe(errors), Code, TargetOf(errors))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception.</summary>
    public PointsPolicyException() : this([]) { }

    /// <summary>Creates the exception with a single policy-level message.</summary>
    public PointsPolicyException(string message) : this([new PolicyError(null, "policy", message)]) { }

    /// <summary>Creates the exception with a single policy-level message.</summary>
    public PointsPolicyException(string message, Exception? inner)
        : base(message, Code, target: null, inner)
    {
        Errors = [new PolicyError(null, "policy", message)];
    }

    /// <summary>Every problem found; loading does not stop at the first.</summary>
    public IReadOnlyList<PolicyError> Errors { get; }

    private static HrKitErrorTarget? TargetOf(IReadOnlyList<PolicyError> errors) =>
        errors is [var first, ..] ? new(Field: first.Field, Rule: first.RuleName) : null;

    private static string Describe(IReadOnlyList<PolicyError> errors) =>
        errors.Count == 0
            ? "The points policy is invalid."
            : $"The points policy has {errors.Count} error(s):{Environment.NewLine}  "
              + string.Join(Environment.NewLine + "  ", errors);
}
