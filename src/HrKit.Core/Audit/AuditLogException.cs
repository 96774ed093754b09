using System.Globalization;
using HrKit.Localization;

namespace HrKit.Audit;

/// <summary>An audit record was refused, or the audit store failed; nothing was appended.</summary>
public sealed class AuditLogException : HrKitException
{
    /// <summary>An <see cref="AuditRecord"/> field is empty, too long or malformed.</summary>
    public const string InvalidRecordCode = "AuditRecordInvalid";

    /// <summary>The audit store could not be opened or written (file, permissions, connection, newer schema).</summary>
    public const string StoreFailedCode = "AuditStoreFailed";

    /// <summary>Creates the exception with a generic message.</summary>
    public AuditLogException()
        : this(StoreFailedCode, "The audit log refused the operation.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    public AuditLogException(string message)
        : this(StoreFailedCode, message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="innerException">The failure that caused this one.</param>
    public AuditLogException(string message, Exception? innerException)
        : base(message, StoreFailedCode, null, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="errorCode"><see cref="InvalidRecordCode"/> or <see cref="StoreFailedCode"/>.</param>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="target">The field at fault, when one is.</param>
    /// <param name="innerException">The failure that caused this one.</param>
    public AuditLogException(string errorCode, string message, HrKitErrorTarget? target = null, Exception? innerException = null)
        : base(message, errorCode, target, innerException)
    {
    }

    // A built-in message: Message is its English rendering, GetMessage(culture) renders it in the user's language.
    internal AuditLogException(string errorCode, LocalMessage text, HrKitErrorTarget? target = null, Exception? innerException = null)
        : base(text.ToString(), errorCode, target, innerException)
    {
        Text = text;
    }

    /// <summary>The message as a resource key with its arguments; null for a message passed as text.</summary>
    internal LocalMessage? Text { get; }

    /// <summary>The built-in message in <paramref name="culture"/>'s language; null for a message passed as text.</summary>
    /// <param name="culture">The language to render in.</param>
    protected override string? LocalizeMessage(CultureInfo culture) => Text?.Render(culture);
}
