using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace HrKit.Integration.Webhooks;

/// <summary>
/// The callback encryption WeCom (WXBizMsgCrypt) and DingTalk (DingCallbackCrypto) share: signature =
/// SHA-1 of the sorted, concatenated token, timestamp, nonce and ciphertext; AES-256-CBC with key =
/// Base64(EncodingAESKey + "="), IV = the key's first 16 bytes, PKCS#7 padding to 32 bytes; plaintext =
/// 16 random bytes ‖ 4-byte big-endian length ‖ message ‖ receive id.
/// </summary>
internal sealed class CallbackCrypto
{
    private const int PadBlock = 32;
    private readonly string _token;
    private readonly byte[] _key;
    private readonly string _receiveId;
    private readonly bool _anyReceiveId;

    /// <param name="token">The callback token.</param>
    /// <param name="encodingAesKey">The 43-character EncodingAESKey.</param>
    /// <param name="receiveId">The receive id put into replies and, unless <paramref name="anyReceiveId"/>, required in callbacks.</param>
    /// <param name="anyReceiveId">
    /// Accept any receive id: a suite's data callbacks carry the authorising company's corp id, not the suite id. The
    /// signature still proves the sender knows the token.
    /// </param>
    public CallbackCrypto(string token, string encodingAesKey, string receiveId, bool anyReceiveId = false)
    {
        _anyReceiveId = anyReceiveId;
        _token = token;
        _key = Convert.FromBase64String(encodingAesKey + "=");
        if (_key.Length != 32)
        {
            throw new ArgumentException("EncodingAESKey must decode to 32 bytes (43 Base64 characters).", nameof(encodingAesKey));
        }

        _receiveId = receiveId;
    }

    public string Sign(string timestamp, string nonce, string encrypt)
    {
        string[] parts = [_token, timestamp, nonce, encrypt];
        Array.Sort(parts, StringComparer.Ordinal);
        // SHA-1 is what both vendors' protocols specify; it authenticates nothing by itself (the token is the secret).
#pragma warning disable CA5350
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts))));
#pragma warning restore CA5350
    }

    public bool Verify(string? signature, string timestamp, string nonce, string encrypt) =>
        signature is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(signature.ToLowerInvariant()), Encoding.ASCII.GetBytes(Sign(timestamp, nonce, encrypt)));

    /// <summary>Checks the signature, then decrypts; <paramref name="failure"/> says why when it returns false.</summary>
    public bool TryOpen(string? signature, string timestamp, string nonce, string encrypt, out string plain, out string failure)
    {
        plain = failure = "";
        if (!Verify(signature, timestamp, nonce, encrypt))
        {
            failure = "signature mismatch";
            return false;
        }

        try
        {
            plain = Decrypt(encrypt);
            return true;
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or ArgumentException)
        {
            failure = "decryption failed: " + ex.Message;
            return false;
        }
    }

    /// <summary>Decrypts and checks the receive id; throws <see cref="CryptographicException"/> on any mismatch.</summary>
    public string Decrypt(string encrypt)
    {
        using var aes = Aes.Create();
        aes.Key = _key;
        var plain = aes.DecryptCbc(Convert.FromBase64String(encrypt), _key.AsSpan(0, 16), PaddingMode.None);
        var pad = plain.Length == 0 ? 0 : plain[^1];
        if (pad is < 1 or > PadBlock || pad > plain.Length - 20)
        {
            throw new CryptographicException("Bad padding in callback ciphertext.");
        }

        var content = plain.AsSpan(0, plain.Length - pad);
        var length = BinaryPrimitives.ReadInt32BigEndian(content.Slice(16, 4));
        if (length < 0 || 20 + length > content.Length)
        {
            throw new CryptographicException("Bad message length in callback plaintext.");
        }

        var receiveId = Encoding.UTF8.GetString(content[(20 + length)..]);
        if (!_anyReceiveId && !string.Equals(receiveId, _receiveId, StringComparison.Ordinal))
        {
            throw new CryptographicException($"Callback is for receive id '{receiveId}', not this app.");
        }

        return Encoding.UTF8.GetString(content.Slice(20, length));
    }

    public string Encrypt(string message)
    {
        var body = Encoding.UTF8.GetBytes(message);
        var receiveId = Encoding.UTF8.GetBytes(_receiveId);
        var length = 20 + body.Length + receiveId.Length;
        var pad = PadBlock - (length % PadBlock);
        var plain = new byte[length + pad];
        RandomNumberGenerator.Fill(plain.AsSpan(0, 16));
        BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(16, 4), body.Length);
        body.CopyTo(plain, 20);
        receiveId.CopyTo(plain, 20 + body.Length);
        plain.AsSpan(length).Fill((byte)pad);
        using var aes = Aes.Create();
        aes.Key = _key;
        return Convert.ToBase64String(aes.EncryptCbc(plain, _key.AsSpan(0, 16), PaddingMode.None));
    }
}
