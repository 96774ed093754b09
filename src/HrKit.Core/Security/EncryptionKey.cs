using HrKit.Localization;
using System.Text;

namespace HrKit.Security;

/// <summary>A named 256-bit AES key. The bytes are copied in and never printed (<see cref="ToString"/> shows the id only).</summary>
public sealed class EncryptionKey
{
    /// <summary>The key length AES-256 needs, in bytes.</summary>
    public const int KeySize = 32;

    /// <summary>The longest <see cref="Id"/>, in UTF-8 bytes (it is stored in every file header).</summary>
    public const int MaxIdBytes = 64;

    private readonly byte[] _material;

    /// <summary>Creates the key.</summary>
    /// <param name="id">Names the key in file headers: 1 to <see cref="MaxIdBytes"/> UTF-8 bytes, no control characters.</param>
    /// <param name="material">Exactly <see cref="KeySize"/> random bytes.</param>
    /// <exception cref="EncryptionException">The id or the key length is wrong (<see cref="EncryptionException.KeyInvalidCode"/>).</exception>
    public EncryptionKey(string id, ReadOnlySpan<byte> material)
    {
        if (string.IsNullOrEmpty(id) || Encoding.UTF8.GetByteCount(id) > MaxIdBytes || id.Any(char.IsControl))
        {
            throw new EncryptionException(EncryptionException.KeyInvalidCode,
                CoreText.Of("Key.IdInvalid", MaxIdBytes));
        }

        if (material.Length != KeySize)
        {
            throw new EncryptionException(EncryptionException.KeyInvalidCode,
                CoreText.Of("Key.WrongSize", id, material.Length, KeySize));
        }

        Id = id;
        _material = material.ToArray();
    }

    /// <summary>The key's name, as written in file headers.</summary>
    public string Id { get; }

    internal ReadOnlySpan<byte> Material => _material;

    /// <summary>A key from its base64 text (what <c>openssl rand -base64 32</c> prints), surrounding whitespace ignored.</summary>
    /// <exception cref="EncryptionException">The text is not base64 of exactly 32 bytes (<see cref="EncryptionException.KeyInvalidCode"/>).</exception>
    public static EncryptionKey FromBase64(string id, string base64)
    {
        ArgumentNullException.ThrowIfNull(base64);
        var buffer = new byte[(base64.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64String(base64.Trim(), buffer, out var written))
        {
            throw new EncryptionException(EncryptionException.KeyInvalidCode,
                CoreText.Of("Key.NotBase64", id));
        }

        return new EncryptionKey(id, buffer.AsSpan(0, written));
    }

    /// <summary>The id only; the key bytes are never shown.</summary>
    public override string ToString() => $"EncryptionKey '{Id}'";
}
