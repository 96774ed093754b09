using System.Buffers.Binary;
using System.Security.Cryptography;
using HrKit.Integration.Tests.Fakes;
using HrKit.Integration.Webhooks;

namespace HrKit.Integration.Tests.Webhooks;

/// <summary>
/// The edges of the vendors' documented callback format (WeCom 加解密方案说明, DingTalk 回调加解密): random 16 bytes,
/// a 4-byte big-endian length, the message, the receive id, PKCS#7 padding to a 32-byte block. Every vector comes
/// from <see cref="VendorCallbackCipher"/>, which shares no code with the library.
/// </summary>
public sealed class CallbackCryptoFormatTests
{
    private const string Token = "QDG6eK";
    private const string Timestamp = "1409659813";
    private const string Nonce = "1372623149";

    private static CallbackCrypto Crypto(string receiveId = "ww-corp", bool anyReceiveId = false) =>
        new(Token, VendorCallbackCipher.AesKey, receiveId, anyReceiveId);

    private static byte[] RawPlaintext(string encrypt)
    {
        using var aes = Aes.Create();
        var key = Convert.FromBase64String(VendorCallbackCipher.AesKey + "=");
        aes.Key = key;
        return aes.DecryptCbc(Convert.FromBase64String(encrypt), key.AsSpan(0, 16), PaddingMode.None);
    }

    [Theory]
    [InlineData("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2")] // 42 characters: not valid Base64 with one '='
    [InlineData("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2CBBBB")] // 47 characters: 35 bytes
    [InlineData("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q")] // 39 characters: 29 bytes
    public void Constructor_KeyNotDecodingTo32Bytes_ThrowsArgumentOrFormatException(string key)
    {
        var ex = Record.Exception(() => new CallbackCrypto(Token, key, "corp"));

        Assert.True(ex is ArgumentException or FormatException, $"got {ex?.GetType().Name ?? "no exception"}");
    }

    [Fact]
    public void Constructor_KeyOf39CharactersDecodingTo29Bytes_NamesTheParameter()
    {
        var ex = Assert.Throws<ArgumentException>(() => new CallbackCrypto(Token, "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q", "corp"));

        Assert.Equal("encodingAesKey", ex.ParamName);
        Assert.StartsWith("EncodingAESKey must decode to 32 bytes (43 Base64 characters).", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_UpperCaseHexOfTheRightSignature_IsAccepted()
    {
        var encrypt = VendorCallbackCipher.Encrypt("hello", "ww-corp");
        var signature = VendorCallbackCipher.Signature(Token, Timestamp, Nonce, encrypt).ToUpperInvariant();

        Assert.True(Crypto().Verify(signature, Timestamp, Nonce, encrypt));
    }

    [Fact]
    public void Verify_NullSignature_IsRefusedWithoutThrowing()
    {
        Assert.False(Crypto().Verify(null, Timestamp, Nonce, "abc"));
    }

    [Fact]
    public void TryOpen_NullSignature_FailsWithSignatureMismatch()
    {
        var encrypt = VendorCallbackCipher.Encrypt("hello", "ww-corp");

        Assert.False(Crypto().TryOpen(null, Timestamp, Nonce, encrypt, out var plain, out var failure));
        Assert.Equal("signature mismatch", failure);
        Assert.Equal("", plain);
    }

    [Fact]
    public void TryOpen_SignedVendorVector_ReturnsTheMessageAndNoFailure()
    {
        var encrypt = VendorCallbackCipher.Encrypt("<xml><MsgId>7</MsgId></xml>", "ww-corp");
        var signature = VendorCallbackCipher.Signature(Token, Timestamp, Nonce, encrypt);

        Assert.True(Crypto().TryOpen(signature, Timestamp, Nonce, encrypt, out var plain, out var failure));
        Assert.Equal("<xml><MsgId>7</MsgId></xml>", plain);
        Assert.Equal("", failure);
    }

    [Fact]
    public void TryOpen_SignedEmptyCiphertext_FailsWithDecryptionFailedInsteadOfThrowing()
    {
        var signature = VendorCallbackCipher.Signature(Token, Timestamp, Nonce, "");

        Assert.False(Crypto().TryOpen(signature, Timestamp, Nonce, "", out _, out var failure));
        Assert.StartsWith("decryption failed: Bad padding", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Decrypt_PlaintextWhosePaddingIsAWholeBlock_ReturnsTheMessage()
    {
        // 16 + 4 + 37 + 7 ("ww-corp") = 64 bytes: PKCS#7 to 32 bytes adds a whole block of 32 bytes of value 32.
        var message = new string('m', 37);
        var encrypt = VendorCallbackCipher.Encrypt(message, "ww-corp");
        Assert.Equal(96, Convert.FromBase64String(encrypt).Length);

        Assert.Equal(message, Crypto().Decrypt(encrypt));
    }

    [Fact]
    public void Decrypt_EmptyMessageForAnEmptyReceiveId_ReturnsEmpty()
    {
        // 20 bytes of header and nothing else: 12 bytes of padding, exactly the plaintext length minus the header.
        var encrypt = VendorCallbackCipher.Encrypt("", "");

        Assert.Equal("", Crypto(receiveId: "").Decrypt(encrypt));
    }

    [Fact]
    public void Decrypt_MessageFillingEverythingAfterTheHeader_ReturnsTheMessage()
    {
        // 16 + 4 + 11 + 0 = 31 bytes, one byte of padding: the length field equals the content after the header exactly.
        var encrypt = VendorCallbackCipher.Encrypt("hello world", "");

        Assert.Equal("hello world", Crypto(receiveId: "").Decrypt(encrypt));
    }

    [Fact]
    public void Decrypt_WholeBlockOfPaddingOnAOneBlockPlaintext_ThrowsBadPadding()
    {
        // 32 bytes whose last byte says 32: nothing would be left of the 20-byte header.
        var encrypt = VendorCallbackCipher.EncryptRaw([.. new byte[31], 32]);

        var ex = Assert.Throws<CryptographicException>(() => Crypto().Decrypt(encrypt));
        Assert.Equal("Bad padding in callback ciphertext.", ex.Message);
    }

    [Fact]
    public void Decrypt_PaddingLeavingOneByteLessThanTheHeader_ThrowsBadPadding()
    {
        // 32 bytes, pad 13: 19 bytes left, one short of the 16 random bytes and the length.
        var encrypt = VendorCallbackCipher.EncryptRaw([.. new byte[31], 13]);

        var ex = Assert.Throws<CryptographicException>(() => Crypto().Decrypt(encrypt));
        Assert.Equal("Bad padding in callback ciphertext.", ex.Message);
    }

    [Fact]
    public void Decrypt_LengthOneMoreThanTheContent_ThrowsBadMessageLength()
    {
        // 32 bytes, pad 1: 31 bytes of content, 11 after the header; the length field claims 12.
        var plain = new byte[32];
        BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(16, 4), 12);
        plain[^1] = 1;

        var ex = Assert.Throws<CryptographicException>(() => Crypto(receiveId: "").Decrypt(VendorCallbackCipher.EncryptRaw(plain)));
        Assert.Equal("Bad message length in callback plaintext.", ex.Message);
    }

    [Fact]
    public void Decrypt_AnyReceiveId_AcceptsAnotherCompanysCallback()
    {
        // A suite's data callback carries the authorising company's corp id, not the suite id.
        var encrypt = VendorCallbackCipher.Encrypt("<xml/>", "ww-authorising-corp");

        Assert.Equal("<xml/>", Crypto(receiveId: "suite-id", anyReceiveId: true).Decrypt(encrypt));
    }

    [Fact]
    public void Decrypt_ReceiveIdDifferingOnlyInCase_Throws()
    {
        var encrypt = VendorCallbackCipher.Encrypt("<xml/>", "WW-CORP");

        var ex = Assert.Throws<CryptographicException>(() => Crypto().Decrypt(encrypt));
        Assert.Equal("Callback is for receive id 'WW-CORP', not this app.", ex.Message);
    }

    [Theory]
    [InlineData("success", "ding-app", 64, 29)] // 20 + 7 + 8 = 35 bytes, padded to 64
    [InlineData("", "", 32, 12)] // 20 bytes, padded to 32
    [InlineData("0123456789ab", "", 64, 32)] // exactly 32 bytes: a whole block of padding
    public void Encrypt_Message_PadsToA32ByteBlockWithPkcs7(string message, string receiveId, int length, int pad)
    {
        var encrypt = new CallbackCrypto(Token, VendorCallbackCipher.AesKey, receiveId).Encrypt(message);

        var plain = RawPlaintext(encrypt);
        Assert.Equal(length, plain.Length);
        Assert.All(plain[^pad..], b => Assert.Equal(pad, b));
        Assert.Equal(message.Length, BinaryPrimitives.ReadInt32BigEndian(plain.AsSpan(16, 4)));
        Assert.Equal(message, VendorCallbackCipher.Decrypt(encrypt, out var id));
        Assert.Equal(receiveId, id);
    }

    [Fact]
    public void Encrypt_SameMessageTwice_StartsWithDifferentRandomBytes()
    {
        var crypto = Crypto();

        var first = RawPlaintext(crypto.Encrypt("success"));
        var second = RawPlaintext(crypto.Encrypt("success"));

        Assert.NotEqual(first[..16], second[..16]);
        Assert.Equal(first[16..], second[16..]);
    }
}
