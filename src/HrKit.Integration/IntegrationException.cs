using System.Globalization;
using HrKit.Localization;

namespace HrKit.Integration;

/// <summary>
/// The base of HrKit.Integration's exceptions: catch it for any failure of a system HrKit talks to. The subclasses say
/// which: <see cref="Vendors.VendorApiException"/> (an attendance vendor HrKit reads from) and
/// <see cref="Outbound.OutboundDeliveryException"/> (a system HrKit writes to).
/// </summary>
public class IntegrationException : HrKitException
{
    /// <summary>Creates the exception with a generic message.</summary>
    public IntegrationException()
        : this("An integration operation failed.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    public IntegrationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="innerException">The failure that caused this one.</param>
    public IntegrationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="errorCode">The stable code from <c>docs/errors.md</c>.</param>
    /// <param name="target">The record, field or rule at fault, when one is.</param>
    /// <param name="innerException">The failure that caused this one.</param>
    /// <exception cref="ArgumentException"><paramref name="errorCode"/> is empty.</exception>
    public IntegrationException(string message, string errorCode, HrKitErrorTarget? target = null, Exception? innerException = null)
        : base(message, errorCode, target, innerException)
    {
    }

    // A built-in message: Message is its English rendering, GetMessage(culture) renders it in the user's language.
    internal IntegrationException(LocalMessage text, string errorCode, HrKitErrorTarget? target = null, Exception? innerException = null)
        : base(text.ToString(), errorCode, target, innerException)
    {
        Text = text;
    }

    /// <summary>The message as a resource key with its arguments; null for a message passed as text.</summary>
    internal LocalMessage? Text { get; }

    /// <summary>The built-in message in <paramref name="culture"/>'s language; null for a host's own message.</summary>
    /// <param name="culture">The language to render in.</param>
    protected override string? LocalizeMessage(CultureInfo culture) => Text?.Render(culture);
}
