using System.Globalization;
using HrKit.Localization;

namespace HrKit.Security;

/// <summary>
/// Encrypted data could not be read or written: no key, a wrong key, or data that does not authenticate. Nothing
/// decrypted from a file that fails is ever returned as good data. Codes: docs/errors.md; format: docs/security.md.
/// </summary>
public sealed class EncryptionException : HrKitException
{
    /// <summary>No key is configured, or the file names a key id the provider does not know.</summary>
    public const string KeyMissingCode = "EncryptionKeyMissing";

    /// <summary>A key is not 32 bytes of base64, or its id is unusable.</summary>
    public const string KeyInvalidCode = "EncryptionKeyInvalid";

    /// <summary>The header does not authenticate with the named key: the key is wrong (same id, other bytes) or the header was altered.</summary>
    public const string KeyMismatchCode = "EncryptionKeyMismatch";

    /// <summary>The data is not an HrKit encrypted file, or a chunk failed authentication, was reordered, truncated or followed by extra bytes.</summary>
    public const string DataInvalidCode = "EncryptedDataInvalid";

    /// <summary>Creates the exception with a generic message.</summary>
    public EncryptionException()
        : this(DataInvalidCode, "The encrypted data could not be read.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    public EncryptionException(string message)
        : this(DataInvalidCode, message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="innerException">The failure that caused this one.</param>
    public EncryptionException(string message, Exception? innerException)
        : base(message, DataInvalidCode, null, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="errorCode">One of the codes above.</param>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="target">The file at fault, when known.</param>
    /// <param name="innerException">The failure that caused this one.</param>
    public EncryptionException(string errorCode, string message, HrKitErrorTarget? target = null, Exception? innerException = null)
        : base(message, errorCode, target, innerException)
    {
    }

    // A built-in message: Message is its English rendering, GetMessage(culture) renders it in the user's language.
    internal EncryptionException(string errorCode, LocalMessage text, HrKitErrorTarget? target = null, Exception? innerException = null)
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
