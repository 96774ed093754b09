using HrKit.Payroll.Localization;

namespace HrKit.Payroll;

/// <summary>
/// Reference data (a contribution table, a pay policy file) that cannot be used (error code
/// <c>PayrollDataInvalid</c>); the message names the place and the fix.
/// </summary>
public sealed class PayrollDataException : PayrollException
{
    /// <summary>The <see cref="HrKitException.ErrorCode"/> of every <see cref="PayrollDataException"/>.</summary>
    public const string Code = "PayrollDataInvalid";

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, where, and how to fix it.</param>
    public PayrollDataException(string message)
        : base(message, Code)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, where, and how to fix it.</param>
    /// <param name="innerException">The failure that caused this one.</param>
    public PayrollDataException(string message, Exception? innerException)
        : base(message, Code, target: null, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, where, and how to fix it.</param>
    /// <param name="target">The file, line, record or field at fault.</param>
    /// <param name="innerException">The failure that caused this one.</param>
    public PayrollDataException(string message, HrKitErrorTarget? target, Exception? innerException = null)
        : base(message, Code, target, innerException)
    {
    }

    /// <summary>Creates the exception from a resource text (see <see cref="PayrollDataException(Localization.PayrollMessage, Exception?)"/>).</summary>
    /// <param name="text">What is wrong, where, and how to fix it, as a key of <c>PayrollStrings.resx</c> with its arguments.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public PayrollDataException(Localization.PayrollMessage text)
        : this(text, innerException: null)
    {
    }

    /// <summary>
    /// Creates the exception from a resource text: <see cref="Exception.Message"/> is its English rendering, and
    /// <see cref="HrKitException.GetMessage"/> shows it in the reader's language.
    /// </summary>
    /// <param name="text">What is wrong, where, and how to fix it, as a key of <c>PayrollStrings.resx</c> with its arguments.</param>
    /// <param name="innerException">The failure that caused this one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public PayrollDataException(Localization.PayrollMessage text, Exception? innerException)
        : base(LocalText.From(text ?? throw new ArgumentNullException(nameof(text))), Code, target: null, innerException)
    {
        Text = text;
    }

    /// <summary>Creates the exception from a built-in resource text.</summary>
    internal PayrollDataException(LocalText text, Exception? innerException = null, HrKitErrorTarget? target = null)
        : base(text, Code, target, innerException)
    {
        Text = text.ToMessage();
    }

    /// <summary>The message as a resource text when it was raised as one (<see cref="Localization.PayrollMessage"/>); null otherwise.</summary>
    public Localization.PayrollMessage? Text { get; }

    /// <summary>Creates the exception with a generic message.</summary>
    public PayrollDataException()
        : this("The payroll reference data cannot be used.")
    {
    }
}
