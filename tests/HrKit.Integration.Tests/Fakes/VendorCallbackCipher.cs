using System.Security.Cryptography;
using System.Text;

namespace HrKit.Integration.Tests.Fakes;

/// <summary>
/// An independent implementation of the vendors' documented callback encryption, written from the documentation
/// (WeCom 加解密方案说明 / DingTalk 回调加解密) for constructing test vectors: it shares no code with the library.
/// </summary>
#pragma warning disable CA5350 // SHA-1 is the vendors' documented signature
internal static class VendorCallbackCipher
{
    public const string AesKey = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C"; // 43 characters

    public static string Encrypt(string message, string receiveId, byte[]? random16 = null)
    {
        var key = Convert.FromBase64String(AesKey + "=");
        var msg = Encoding.UTF8.GetBytes(message);
        var id = Encoding.UTF8.GetBytes(receiveId);
        using var plain = new MemoryStream();
        plain.Write(random16 ?? Enumerable.Range(1, 16).Select(i => (byte)i).ToArray());
        plain.Write([(byte)(msg.Length >> 24), (byte)(msg.Length >> 16), (byte)(msg.Length >> 8), (byte)msg.Length]);
        plain.Write(msg);
        plain.Write(id);
        var pad = 32 - (int)(plain.Length % 32);
        plain.Write(Enumerable.Repeat((byte)pad, pad).ToArray());
        using var aes = Aes.Create();
        aes.Key = key;
        aes.IV = key[..16];
        aes.Mode = CipherMode.CBC;
        aes.Padding = PaddingMode.None;
        using var encryptor = aes.CreateEncryptor();
        var bytes = plain.ToArray();
        return Convert.ToBase64String(encryptor.TransformFinalBlock(bytes, 0, bytes.Length));
    }

    /// <summary>AES-CBC of exactly these bytes (a multiple of 16), for ciphertexts whose plaintext breaks the format.</summary>
    public static string EncryptRaw(byte[] plain)
    {
        var key = Convert.FromBase64String(AesKey + "=");
        using var aes = Aes.Create();
        aes.Key = key;
        return Convert.ToBase64String(aes.EncryptCbc(plain, key.AsSpan(0, 16), PaddingMode.None));
    }

    public static string Decrypt(string encrypt, out string receiveId)
    {
        var key = Convert.FromBase64String(AesKey + "=");
        using var aes = Aes.Create();
        aes.Key = key;
        aes.IV = key[..16];
        aes.Padding = PaddingMode.None;
        using var decryptor = aes.CreateDecryptor();
        var cipher = Convert.FromBase64String(encrypt);
        var plain = decryptor.TransformFinalBlock(cipher, 0, cipher.Length);
        var unpadded = plain[..^plain[^1]];
        var length = (unpadded[16] << 24) | (unpadded[17] << 16) | (unpadded[18] << 8) | unpadded[19];
        receiveId = Encoding.UTF8.GetString(unpadded[(20 + length)..]);
        return Encoding.UTF8.GetString(unpadded, 20, length);
    }

    public static string Signature(params string[] parts)
    {
        var sorted = parts.OrderBy(p => p, StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(sorted))));
    }
}
