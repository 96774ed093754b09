namespace HrKit.Payroll;

/// <summary>
/// The base of HrKit.Payroll's exceptions: catch it for any payroll refusal. The subclasses say what was refused:
/// <see cref="PayrollInputException"/> (an employee-month input), <see cref="PayrollDataException"/> (reference data
/// such as a contribution table) and <see cref="Policies.PayPolicyException"/> (a pay policy).
/// </summary>
public class PayrollException : HrKitException
{
    /// <summary>Creates the exception with a generic message.</summary>
    public PayrollException()
        : this("A payroll operation was refused.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    public PayrollException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="innerException">The failure that caused this one.</param>
    public PayrollException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="errorCode">The stable code from <c>docs/errors.md</c>.</param>
    /// <param name="target">The record, field or rule at fault, when one is.</param>
    /// <param name="innerException">The failure that caused this one.</param>
    /// <exception cref="ArgumentException"><paramref name="errorCode"/> is empty.</exception>
    public PayrollException(string message, string errorCode, HrKitErrorTarget? target = null, Exception? innerException = null)
        : base(message, errorCode, target, innerException)
    {
    }
}
