using HrKit.Integration.Tests.Fakes;
using HrKit.Integration.Webhooks;

namespace HrKit.Integration.Tests.Webhooks;

public sealed class CallbackCryptoTests
{
    [Fact]
    public void Sign_KnownInputs_MatchesHandComputedSha1()
    {
        // sha1("1372623149" + "1409659813" + "QDG6eK" + "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo"), computed outside .NET.
        var crypto = new CallbackCrypto("QDG6eK", VendorCallbackCipher.AesKey, "corp");

        Assert.Equal("65664ba4ebf14da066e746a9e3aa9aac1f19e4ef", crypto.Sign("1409659813", "1372623149", "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo"));
    }

    [Fact]
    public void Decrypt_IndependentlyEncryptedVector_ReturnsTheMessage()
    {
        var encrypt = VendorCallbackCipher.Encrypt("<xml><MsgId>42</MsgId></xml>", "ww-corp");

        Assert.Equal("<xml><MsgId>42</MsgId></xml>", new CallbackCrypto("t", VendorCallbackCipher.AesKey, "ww-corp").Decrypt(encrypt));
    }

    [Fact]
    public void Encrypt_ThenIndependentDecrypt_RoundTripsWithReceiveId()
    {
        var encrypt = new CallbackCrypto("t", VendorCallbackCipher.AesKey, "ding-app").Encrypt("success");

        Assert.Equal("success", VendorCallbackCipher.Decrypt(encrypt, out var receiveId));
        Assert.Equal("ding-app", receiveId);
    }

    [Fact]
    public void Decrypt_MessageForAnotherCorp_Throws()
    {
        var encrypt = VendorCallbackCipher.Encrypt("hello", "other-corp");

        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => new CallbackCrypto("t", VendorCallbackCipher.AesKey, "ww-corp").Decrypt(encrypt));
    }
}
