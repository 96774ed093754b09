namespace HrKit.Payroll.Policies;

/// <summary>A pay policy was rejected at load; <see cref="Errors"/> lists every problem, not just the first.</summary>
public sealed class PayPolicyException : FormatException
{
    /// <summary>Creates the exception from the problems found.</summary>
    public PayPolicyException(string policyName, IReadOnlyList<PayPolicyError> errors)
        : base(BuildMessage(policyName, errors))
    {
        PolicyName = policyName;
        Errors = errors;
    }

    /// <summary>Creates the exception.</summary>
    public PayPolicyException() : this("policy", []) { }

    /// <summary>Creates the exception.</summary>
    public PayPolicyException(string message) : base(message)
    {
        PolicyName = "policy";
        Errors = [];
    }

    /// <summary>Creates the exception.</summary>
    public PayPolicyException(string message, Exception inner) : base(message, inner)
    {
        PolicyName = "policy";
        Errors = [];
    }

    /// <summary>The policy's name (or file).</summary>
    public string PolicyName { get; }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<PayPolicyError> Errors { get; }

    private static string BuildMessage(string policyName, IReadOnlyList<PayPolicyError> errors) =>
        $"Pay policy '{policyName}' has {errors.Count} error(s):" + Environment.NewLine +
        string.Join(Environment.NewLine, errors.Select(e => "  - " + e));
}
