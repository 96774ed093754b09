using System.Security.Cryptography;
using FsCheck;
using FsCheck.Xunit;
using HrKit.Security;

namespace HrKit.Core.Tests.Security;

public sealed class EncryptedFileTests
{
    private static readonly EncryptionKey Key = new("k1", Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
    private static readonly StaticEncryptionKeyProvider Keys = new(Key);
    private static readonly EncryptionOptions SmallChunks = new() { ChunkSize = 16 };

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(16)] // exactly one chunk: an empty final chunk follows
    [InlineData(47)]
    [InlineData(100_000)]
    public async Task DecryptAsync_WhatEncryptAsyncWrote_GivesTheSameBytes(int size)
    {
        var plain = RandomNumberGenerator.GetBytes(size);

        var cipher = await EncryptAsync(plain, SmallChunks);

        Assert.Equal(plain, await DecryptAsync(cipher, Keys));
        Assert.False(size > 16 && cipher.AsSpan().IndexOf(plain.AsSpan(0, 16)) >= 0, "plaintext appears in the ciphertext");
    }

    [Fact]
    public async Task DecryptAsync_SameKeyIdOtherBytes_ThrowsKeyMismatch()
    {
        var cipher = await EncryptAsync("salary 12000"u8.ToArray(), SmallChunks);
        var wrong = new StaticEncryptionKeyProvider(new EncryptionKey("k1", new byte[32]));

        var ex = await Assert.ThrowsAsync<EncryptionException>(() => DecryptAsync(cipher, wrong));

        Assert.Equal(EncryptionException.KeyMismatchCode, ex.ErrorCode);
        Assert.Contains("key 'k1'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecryptAsync_KeyIdUnknown_ThrowsKeyMissing()
    {
        var cipher = await EncryptAsync("x"u8.ToArray(), SmallChunks);
        var other = new StaticEncryptionKeyProvider(new EncryptionKey("k2", new byte[32]));

        var ex = await Assert.ThrowsAsync<EncryptionException>(() => DecryptAsync(cipher, other));

        Assert.Equal(EncryptionException.KeyMissingCode, ex.ErrorCode);
    }

    [Fact]
    public async Task DecryptAsync_RotatedOutKey_StillDecrypts()
    {
        var cipher = await EncryptAsync("old"u8.ToArray(), SmallChunks);
        var rotated = new StaticEncryptionKeyProvider(new EncryptionKey("k2", new byte[32]), Key);

        Assert.Equal("old"u8.ToArray(), await DecryptAsync(cipher, rotated));
    }

    [Fact]
    public async Task DecryptAsync_AnySingleByteFlipped_ThrowsAndNeverReturnsData()
    {
        var plain = "110101199003071234,6222020200112233445"u8.ToArray(); // three chunks of 16
        var cipher = await EncryptAsync(plain, SmallChunks);

        for (var i = 0; i < cipher.Length; i++)
        {
            foreach (var bit in new byte[] { 0x01, 0x80 })
            {
                var altered = (byte[])cipher.Clone();
                altered[i] ^= bit;
                await Assert.ThrowsAsync<EncryptionException>(() => DecryptAsync(altered, Keys));
            }
        }
    }

    [Fact]
    public async Task DecryptAsync_TruncatedAtAnyLength_ThrowsDataInvalid()
    {
        var cipher = await EncryptAsync(RandomNumberGenerator.GetBytes(40), SmallChunks);

        for (var length = 0; length < cipher.Length; length++)
        {
            var ex = await Assert.ThrowsAsync<EncryptionException>(() => DecryptAsync(cipher[..length], Keys));
            Assert.NotEqual(EncryptionException.KeyMissingCode, ex.ErrorCode);
        }
    }

    [Fact]
    public async Task DecryptAsync_ChunksSwapped_ThrowsDataInvalid()
    {
        var cipher = await EncryptAsync(RandomNumberGenerator.GetBytes(40), SmallChunks);
        // Layout: header and its tag, then chunks of 16, 16 and 8 plaintext bytes, each a 4-byte length, data and a 16-byte tag.
        const int full = 4 + 16 + 16;
        var header = cipher.Length - (2 * full) - (4 + 8 + 16);
        var swapped = (byte[])cipher.Clone();
        cipher.AsSpan(header, full).CopyTo(swapped.AsSpan(header + full));
        cipher.AsSpan(header + full, full).CopyTo(swapped.AsSpan(header));

        var ex = await Assert.ThrowsAsync<EncryptionException>(() => DecryptAsync(swapped, Keys));

        Assert.Equal(EncryptionException.DataInvalidCode, ex.ErrorCode);
        Assert.Contains("chunk 0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecryptAsync_BytesAppended_ThrowsDataInvalid()
    {
        var cipher = await EncryptAsync("abc"u8.ToArray(), SmallChunks);

        var ex = await Assert.ThrowsAsync<EncryptionException>(() => DecryptAsync([.. cipher, 0], Keys));

        Assert.Contains("follow its final chunk", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecryptAsync_PlainFile_SaysItIsNotEncrypted()
    {
        var ex = await Assert.ThrowsAsync<EncryptionException>(() => DecryptAsync("employeeId,name\n"u8.ToArray(), Keys));

        Assert.Contains("not an HrKit encrypted file", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("AAAA")]
    public void FromBase64_NotThirtyTwoBytes_ThrowsKeyInvalid(string text)
    {
        var ex = Assert.Throws<EncryptionException>(() => EncryptionKey.FromBase64("k", text));

        Assert.Equal(EncryptionException.KeyInvalidCode, ex.ErrorCode);
    }

    [Property(MaxTest = 200)]
    public bool DecryptAsync_AnyBytesAnyChunkSize_RoundTrips(byte[] plain, PositiveInt chunk)
    {
        var options = new EncryptionOptions { ChunkSize = EncryptionOptions.MinChunkSize + (chunk.Get % 64) };
        var cipher = EncryptAsync(plain, options).GetAwaiter().GetResult();
        return DecryptAsync(cipher, Keys).GetAwaiter().GetResult().AsSpan().SequenceEqual(plain);
    }

    private static async Task<byte[]> EncryptAsync(byte[] plain, EncryptionOptions options)
    {
        using var output = new MemoryStream();
        await EncryptedFile.EncryptAsync(new MemoryStream(plain), output, Keys, options);
        return output.ToArray();
    }

    private static async Task<byte[]> DecryptAsync(byte[] cipher, IEncryptionKeyProvider keys)
    {
        using var output = new MemoryStream();
        await EncryptedFile.DecryptAsync(new MemoryStream(cipher), output, keys);
        return output.ToArray();
    }
}
