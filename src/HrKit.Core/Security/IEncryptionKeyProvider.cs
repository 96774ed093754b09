namespace HrKit.Security;

/// <summary>
/// Supplies the AES-256 keys <see cref="EncryptedFile"/> encrypts and decrypts with. The host decides where keys live
/// (a key vault, an HSM-backed service, an environment variable); HrKit never stores one. Keys are named by an id that
/// is written, in clear, in each file's header so a file can be decrypted after the current key has been rotated.
/// </summary>
public interface IEncryptionKeyProvider
{
    /// <summary>The key new files are encrypted with.</summary>
    /// <exception cref="EncryptionException">No key is configured (<see cref="EncryptionException.KeyMissingCode"/>).</exception>
    ValueTask<EncryptionKey> GetCurrentKeyAsync(CancellationToken cancellationToken = default);

    /// <summary>The key with <paramref name="keyId"/>, or null when the provider does not know it.</summary>
    ValueTask<EncryptionKey?> FindKeyAsync(string keyId, CancellationToken cancellationToken = default);
}
