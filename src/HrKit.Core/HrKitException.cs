namespace HrKit;

/// <summary>
/// The base of every exception an HrKit package documents: catch it to handle any refusal of bad data, bad
/// configuration or a failing dependency in one place. <see cref="ErrorCode"/> is stable across releases (the table is
/// in <c>docs/errors.md</c>) and <see cref="Target"/> names the record, field or rule at fault; the message says the
/// same in words, with the fix.
/// </summary>
/// <remarks>
/// Each package derives its own family from this type (<c>PayrollException</c>, <c>PointsException</c>,
/// <c>IntegrationException</c>); arguments a caller passes wrongly in code still throw the BCL's
/// <see cref="ArgumentException"/>, as in the .NET and Azure SDK libraries.
/// </remarks>
public class HrKitException : Exception
{
    /// <summary>The <see cref="ErrorCode"/> of an exception created without one.</summary>
    public const string UnspecifiedErrorCode = "Unspecified";

    /// <summary>Creates the exception with a generic message.</summary>
    public HrKitException()
        : this("An HrKit operation was refused.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    public HrKitException(string message)
        : this(message, UnspecifiedErrorCode)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="innerException">The failure that caused this one.</param>
    public HrKitException(string message, Exception? innerException)
        : this(message, UnspecifiedErrorCode, target: null, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and how to fix it; names the record, field or rule like <paramref name="target"/>.</param>
    /// <param name="errorCode">The stable code from <c>docs/errors.md</c>.</param>
    /// <param name="target">The record, field or rule at fault, when one is.</param>
    /// <param name="innerException">The failure that caused this one.</param>
    /// <exception cref="ArgumentException"><paramref name="errorCode"/> is empty.</exception>
    public HrKitException(string message, string errorCode, HrKitErrorTarget? target = null, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentException.ThrowIfNullOrEmpty(errorCode);
        ErrorCode = errorCode;
        Target = target;
    }

    /// <summary>A stable code for the kind of failure, e.g. <c>PayrollInputInvalid</c>; see <c>docs/errors.md</c>.</summary>
    public string ErrorCode { get; }

    /// <summary>The file, line, record, field or rule the failure concerns; <see langword="null"/> when it concerns none.</summary>
    public HrKitErrorTarget? Target { get; }

    /// <summary>
    /// The message in the language of <paramref name="culture"/> (zh-CN or English; the current UI culture when
    /// <see langword="null"/>): what a host shows its users. <see cref="Exception.Message"/> stays English, for logs.
    /// </summary>
    /// <param name="culture">The language to show the message in; a culture the package has no texts for gets English.</param>
    /// <returns>The localised message, or <see cref="Exception.Message"/> when the package has no text for this failure.</returns>
    public string GetMessage(System.Globalization.CultureInfo? culture = null) =>
        LocalizeMessage(culture ?? System.Globalization.CultureInfo.CurrentUICulture) ?? Message;

    /// <summary>
    /// The message rendered from the package's resources in <paramref name="culture"/>; <see langword="null"/> when this
    /// exception carries no resource text (a host's own message), in which case <see cref="GetMessage"/> shows
    /// <see cref="Exception.Message"/>. Derived packages override this to render the text they were created with.
    /// </summary>
    /// <param name="culture">The language to render in.</param>
    protected virtual string? LocalizeMessage(System.Globalization.CultureInfo culture) => null;
}
