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
}
