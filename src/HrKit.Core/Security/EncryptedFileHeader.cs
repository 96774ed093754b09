using HrKit.Localization;
using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace HrKit.Security;

/// <summary>
/// The clear header of an encrypted file: magic, version, chunk size, key id and base nonce, followed by a GCM tag
/// that authenticates them (docs/security.md#format). Its bytes are the associated data of every chunk.
/// </summary>
internal sealed class EncryptedFileHeader
{
    internal static ReadOnlySpan<byte> Magic => "HRKITENC"u8;

    internal const byte Version = 1;
    internal const int NonceSize = 12;
    internal const int TagSize = 16;

    // The header's own tag uses the nonce of a chunk index no file can reach.
    internal const ulong HeaderIndex = ulong.MaxValue;

    private EncryptedFileHeader(byte[] bytes, int chunkSize, string keyId, byte[] baseNonce)
    {
        Bytes = bytes;
        ChunkSize = chunkSize;
        KeyId = keyId;
        BaseNonce = baseNonce;
    }

    /// <summary>The header bytes up to (not including) the header tag.</summary>
    public byte[] Bytes { get; }

    public int ChunkSize { get; }

    public string KeyId { get; }

    public byte[] BaseNonce { get; }

    public static EncryptedFileHeader Create(string keyId, int chunkSize)
    {
        var id = Encoding.UTF8.GetBytes(keyId);
        var nonce = RandomNumberGenerator.GetBytes(NonceSize);
        var bytes = new byte[Magic.Length + 1 + 4 + 1 + id.Length + NonceSize];
        Magic.CopyTo(bytes);
        var at = Magic.Length;
        bytes[at++] = Version;
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(at), chunkSize);
        at += 4;
        bytes[at++] = (byte)id.Length;
        id.CopyTo(bytes, at);
        at += id.Length;
        nonce.CopyTo(bytes, at);
        return new EncryptedFileHeader(bytes, chunkSize, keyId, nonce);
    }

    /// <summary>Reads the header (not its tag) from <paramref name="source"/>.</summary>
    public static async Task<EncryptedFileHeader> ReadAsync(Stream source, CancellationToken ct)
    {
        var fixedPart = new byte[Magic.Length + 1 + 4 + 1];
        if (await ReadFullyAsync(source, fixedPart, ct).ConfigureAwait(false) < fixedPart.Length || !fixedPart.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw Invalid(CoreText.Of("Data.NotEncrypted"));
        }

        var at = Magic.Length;
        if (fixedPart[at] != Version)
        {
            throw Invalid(CoreText.Of("Data.Version", fixedPart[at], Version));
        }

        var chunkSize = BinaryPrimitives.ReadInt32BigEndian(fixedPart.AsSpan(at + 1));
        if (chunkSize is < EncryptionOptions.MinChunkSize or > EncryptionOptions.MaxChunkSize)
        {
            throw Invalid(CoreText.Of("Data.ChunkSize", chunkSize, EncryptionOptions.MinChunkSize, EncryptionOptions.MaxChunkSize));
        }

        int idLength = fixedPart[at + 5];
        var rest = new byte[idLength + NonceSize];
        if (idLength == 0 || idLength > EncryptionKey.MaxIdBytes || await ReadFullyAsync(source, rest, ct).ConfigureAwait(false) < rest.Length)
        {
            throw Invalid(CoreText.Of("Data.KeyIdLength"));
        }

        string keyId;
        try
        {
            keyId = new UTF8Encoding(false, true).GetString(rest, 0, idLength);
        }
        catch (DecoderFallbackException)
        {
            throw Invalid(CoreText.Of("Data.KeyIdNotUtf8"));
        }

        return new EncryptedFileHeader([.. fixedPart, .. rest], chunkSize, keyId, rest[idLength..]);
    }

    /// <summary>The nonce of chunk <paramref name="index"/>: the base nonce with its last 8 bytes XOR the index.</summary>
    public void NonceFor(ulong index, Span<byte> nonce)
    {
        BaseNonce.CopyTo(nonce);
        var tail = nonce[4..];
        BinaryPrimitives.WriteUInt64BigEndian(tail, BinaryPrimitives.ReadUInt64BigEndian(tail) ^ index);
    }

    /// <summary>The associated data of chunk <paramref name="index"/>: header, index and final flag.</summary>
    public byte[] AssociatedData(ulong index, bool final)
    {
        var aad = new byte[Bytes.Length + 9];
        Bytes.CopyTo(aad, 0);
        BinaryPrimitives.WriteUInt64BigEndian(aad.AsSpan(Bytes.Length), index);
        aad[^1] = final ? (byte)1 : (byte)0;
        return aad;
    }

    internal static async Task<int> ReadFullyAsync(Stream source, Memory<byte> buffer, CancellationToken ct)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = await source.ReadAsync(buffer[total..], ct).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }

    internal static EncryptionException Invalid(LocalMessage why) =>
        new(EncryptionException.DataInvalidCode, CoreText.Of("Data.Unreadable", why));
}
