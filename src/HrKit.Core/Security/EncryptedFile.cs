using HrKit.Localization;
using System.Buffers.Binary;
using System.Security.Cryptography;

namespace HrKit.Security;

/// <summary>
/// Streams data into and out of HrKit's encrypted file format: AES-256-GCM over fixed-size chunks, each with its own
/// nonce and tag, the chunk index and a final flag authenticated with the header, so an altered, reordered, dropped or
/// appended byte, a truncated file and a wrong key are all detected (<see cref="EncryptionException"/>), never read as
/// data. Memory stays at about two chunks whatever the size. Specification: docs/security.md#format.
/// </summary>
public static class EncryptedFile
{
    /// <summary>Whether <paramref name="start"/> (the first bytes of a file) begins like an HrKit encrypted file.</summary>
    public static bool LooksEncrypted(ReadOnlySpan<byte> start) => start.StartsWith(EncryptedFileHeader.Magic);

    /// <summary>The number of bytes <see cref="LooksEncrypted"/> needs to decide.</summary>
    public static int MagicLength => EncryptedFileHeader.Magic.Length;

    /// <summary>Encrypts everything <paramref name="plaintext"/> holds into <paramref name="destination"/> with the provider's current key.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="EncryptionOptions.ChunkSize"/> is out of range.</exception>
    /// <exception cref="EncryptionException">The provider has no key.</exception>
    public static async Task EncryptAsync(Stream plaintext, Stream destination, IEncryptionKeyProvider keys, EncryptionOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(keys);
        var chunkSize = (options ?? new EncryptionOptions()).ChunkSize;
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, EncryptionOptions.MinChunkSize, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(chunkSize, EncryptionOptions.MaxChunkSize, nameof(options));
        var key = await keys.GetCurrentKeyAsync(cancellationToken).ConfigureAwait(false);
        var header = EncryptedFileHeader.Create(key.Id, chunkSize);
        using var gcm = new AesGcm(key.Material, EncryptedFileHeader.TagSize);
        var nonce = new byte[EncryptedFileHeader.NonceSize];
        var tag = new byte[EncryptedFileHeader.TagSize];
        header.NonceFor(EncryptedFileHeader.HeaderIndex, nonce);
        gcm.Encrypt(nonce, ReadOnlySpan<byte>.Empty, Span<byte>.Empty, tag, header.Bytes);
        await destination.WriteAsync(header.Bytes, cancellationToken).ConfigureAwait(false);
        await destination.WriteAsync(tag, cancellationToken).ConfigureAwait(false);

        var plain = new byte[chunkSize];
        var cipher = new byte[chunkSize];
        var length = new byte[4];
        for (ulong index = 0; ; index++)
        {
            var read = await EncryptedFileHeader.ReadFullyAsync(plaintext, plain, cancellationToken).ConfigureAwait(false);
            var final = read < chunkSize;
            header.NonceFor(index, nonce);
            gcm.Encrypt(nonce, plain.AsSpan(0, read), cipher.AsSpan(0, read), tag, header.AssociatedData(index, final));
            BinaryPrimitives.WriteInt32BigEndian(length, read);
            await destination.WriteAsync(length, cancellationToken).ConfigureAwait(false);
            await destination.WriteAsync(cipher.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            await destination.WriteAsync(tag, cancellationToken).ConfigureAwait(false);
            if (final)
            {
                break;
            }
        }

        await destination.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Decrypts <paramref name="source"/> into <paramref name="destination"/>. Chunks are written as they authenticate:
    /// when this throws, discard what <paramref name="destination"/> received (the CLI writes to a temporary file and
    /// deletes it).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="EncryptionException">Not an encrypted file, unknown key id, wrong key, or altered or truncated data.</exception>
    public static async Task DecryptAsync(Stream source, Stream destination, IEncryptionKeyProvider keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var reader = await OpenReadAsync(source, keys, cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            await reader.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A read-only stream of the plaintext of <paramref name="source"/>, decrypted a chunk at a time; the header and key
    /// are checked before this returns. A read that reaches altered or missing data throws
    /// <see cref="EncryptionException"/>; the end of the stream is reported only after the final chunk authenticated.
    /// Disposing it disposes <paramref name="source"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="EncryptionException">Not an encrypted file, unknown key id, or a wrong key.</exception>
    public static async Task<Stream> OpenReadAsync(Stream source, IEncryptionKeyProvider keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(keys);
        var header = await EncryptedFileHeader.ReadAsync(source, cancellationToken).ConfigureAwait(false);
        var key = await keys.FindKeyAsync(header.KeyId, cancellationToken).ConfigureAwait(false)
            ?? throw new EncryptionException(EncryptionException.KeyMissingCode,
                CoreText.Of("Key.Unknown", header.KeyId));
        var gcm = new AesGcm(key.Material, EncryptedFileHeader.TagSize);
        try
        {
            var tag = new byte[EncryptedFileHeader.TagSize];
            var nonce = new byte[EncryptedFileHeader.NonceSize];
            if (await EncryptedFileHeader.ReadFullyAsync(source, tag, cancellationToken).ConfigureAwait(false) < tag.Length)
            {
                throw EncryptedFileHeader.Invalid(CoreText.Of("Data.HeaderCutShort"));
            }

            header.NonceFor(EncryptedFileHeader.HeaderIndex, nonce);
            try
            {
                gcm.Decrypt(nonce, ReadOnlySpan<byte>.Empty, tag, Span<byte>.Empty, header.Bytes);
            }
            catch (AuthenticationTagMismatchException ex)
            {
                throw new EncryptionException(EncryptionException.KeyMismatchCode,
                    CoreText.Of("Key.Mismatch", header.KeyId),
                    innerException: ex);
            }

            return new DecryptingStream(source, header, gcm);
        }
        catch
        {
            gcm.Dispose();
            throw;
        }
    }
}
