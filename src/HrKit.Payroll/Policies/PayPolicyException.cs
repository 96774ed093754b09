using HrKit.Payroll.Localization;

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
        : base(BuildMessage(PayrollLocalizer.English, policyName, errors), Code, TargetOf(policyName, errors))
    {
        PolicyName = policyName;
        Errors = errors;
        _listed = true;
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

    // Made from a list of problems: the heading is a resource text, and each problem the loader found is too.
    private readonly bool _listed;

    /// <summary>The heading and every problem in <paramref name="texts"/>' language; null for a whole message.</summary>
    internal override string? Localize(PayrollLocalizer texts) => _listed ? BuildMessage(texts, PolicyName, Errors) : null;

    private static string BuildMessage(PayrollLocalizer texts, string policyName, IReadOnlyList<PayPolicyError> errors) =>
        texts.Format("Error.Policy", policyName, errors.Count) + Environment.NewLine +
        string.Join(Environment.NewLine, errors.Select(e => e.Render(texts)));
}
