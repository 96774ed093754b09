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
}
