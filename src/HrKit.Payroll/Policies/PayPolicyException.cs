namespace HrKit.Payroll.Policies;

/// <summary>
/// A pay policy was rejected at load (error code <c>PayPolicyInvalid</c>); <see cref="Errors"/> lists every problem,
/// not just the first. <see cref="HrKitException.Target"/> names the policy and the component and field of the first.
/// </summary>
public sealed class PayPolicyException : PayrollException
{
    /// <summary>The <see cref="HrKitException.ErrorCode"/> of every <see cref="PayPolicyException"/>.</summary>
    public const string Code = "PayPolicyInvalid";

    /// <summary>Creates the exception from the problems found.</summary>
    public PayPolicyException(string policyName, IReadOnlyList<PayPolicyError> errors)
        : base(BuildMessage(policyName, errors), Code, TargetOf(policyName, errors))
    {
        PolicyName = policyName;
        Errors = errors;
    }

    /// <summary>Creates the exception.</summary>
    public PayPolicyException() : this("policy", []) { }

    /// <summary>Creates the exception.</summary>
    public PayPolicyException(string message) : base(message, Code)
    {
        PolicyName = "policy";
        Errors = [];
    }

    /// <summary>Creates the exception.</summary>
    public PayPolicyException(string message, Exception? inner) : base(message, Code, target: null, inner)
    {
        PolicyName = "policy";
        Errors = [];
    }

    /// <summary>The policy's name (or file).</summary>
    public string PolicyName { get; }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<PayPolicyError> Errors { get; }

    private static HrKitErrorTarget TargetOf(string policyName, IReadOnlyList<PayPolicyError> errors) =>
        errors is [var first, ..] ? new(Record: policyName, Field: first.Field, Rule: first.Component) : new(Record: policyName);

    private static string BuildMessage(string policyName, IReadOnlyList<PayPolicyError> errors) =>
        $"Pay policy '{policyName}' has {errors.Count} error(s):" + Environment.NewLine +
        string.Join(Environment.NewLine, errors.Select(e => "  - " + e));
}
