using HrKit.Localization;
using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace HrKit.Security;

/// <summary>The plaintext of an encrypted file, one authenticated chunk at a time (see <see cref="EncryptedFile.OpenReadAsync"/>).</summary>
internal sealed class DecryptingStream : Stream
{
    private readonly Stream _source;
    private readonly EncryptedFileHeader _header;
    private readonly AesGcm _gcm;
    private readonly byte[] _cipher;
    private readonly byte[] _plain;
    private readonly byte[] _nonce = new byte[EncryptedFileHeader.NonceSize];
    private readonly byte[] _tag = new byte[EncryptedFileHeader.TagSize];
    private readonly byte[] _length = new byte[4];
    private ulong _index;
    private int _offset;
    private int _count;
    private bool _finished;

    public DecryptingStream(Stream source, EncryptedFileHeader header, AesGcm gcm)
    {
        _source = source;
        _header = header;
        _gcm = gcm;
        _cipher = new byte[header.ChunkSize];
        _plain = new byte[header.ChunkSize];
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var chunk = new byte[buffer.Length];
        var read = ReadAsync(chunk, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        chunk.AsSpan(0, read).CopyTo(buffer);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (_offset == _count)
        {
            if (_finished)
            {
                return 0;
            }

            await NextChunkAsync(cancellationToken).ConfigureAwait(false);
        }

        var n = Math.Min(buffer.Length, _count - _offset);
        _plain.AsMemory(_offset, n).CopyTo(buffer);
        _offset += n;
        return n;
    }

    private async Task NextChunkAsync(CancellationToken ct)
    {
        var at = _index.ToString(CultureInfo.InvariantCulture);
        if (await EncryptedFileHeader.ReadFullyAsync(_source, _length, ct).ConfigureAwait(false) < _length.Length)
        {
            throw EncryptedFileHeader.Invalid(CoreText.Of("Data.EndsEarly", at));
        }

        var length = BinaryPrimitives.ReadInt32BigEndian(_length);
        if (length < 0 || length > _header.ChunkSize)
        {
            throw EncryptedFileHeader.Invalid(CoreText.Of("Data.ChunkTooLong", at, length, _header.ChunkSize));
        }

        if (await EncryptedFileHeader.ReadFullyAsync(_source, _cipher.AsMemory(0, length), ct).ConfigureAwait(false) < length
            || await EncryptedFileHeader.ReadFullyAsync(_source, _tag, ct).ConfigureAwait(false) < _tag.Length)
        {
            throw EncryptedFileHeader.Invalid(CoreText.Of("Data.ChunkCutShort", at));
        }

        var final = length < _header.ChunkSize;
        _header.NonceFor(_index, _nonce);
        try
        {
            _gcm.Decrypt(_nonce, _cipher.AsSpan(0, length), _tag, _plain.AsSpan(0, length), _header.AssociatedData(_index, final));
        }
        catch (AuthenticationTagMismatchException)
        {
            throw EncryptedFileHeader.Invalid(CoreText.Of("Data.ChunkAuth", at));
        }

        if (final && await _source.ReadAsync(_length.AsMemory(0, 1), ct).ConfigureAwait(false) != 0)
        {
            throw EncryptedFileHeader.Invalid(CoreText.Of("Data.TrailingBytes", at));
        }

        _index++;
        _offset = 0;
        _count = length;
        _finished = final;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gcm.Dispose();
            _source.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        _gcm.Dispose();
        await _source.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }
}
