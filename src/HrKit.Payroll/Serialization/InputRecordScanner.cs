using System.Runtime.CompilerServices;

namespace HrKit.Payroll.Serialization;

/// <summary>
/// Reads input records from a stream a buffer at a time, never holding more than one record (bounded by
/// <see cref="PayrollLimits.MaxRecordBytes"/>) plus one read. Subclasses cut records out of the buffered bytes; this
/// base owns the buffer, the line count and the two drivers (sync and async) so both forms behave the same.
/// </summary>
internal abstract class InputRecordScanner
{
    private const int ReadSize = 64 * 1024;
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private byte[] _buffer = new byte[ReadSize * 2];
    private bool _bomChecked;

    /// <summary>Start of the unconsumed bytes in the buffer.</summary>
    protected int Start { get; private set; }

    /// <summary>End of the buffered bytes.</summary>
    protected int End { get; private set; }

    /// <summary>The stream has ended: the buffered bytes are all there is.</summary>
    protected bool IsFinalBlock { get; private set; }

    /// <summary>Newlines before <see cref="Start"/> in the whole stream: the 1-based line at Start is this + 1.</summary>
    protected long LinesBeforeStart { get; private set; }

    /// <summary>The next record's zero-based index.</summary>
    protected long NextIndex { get; set; }

    /// <summary>The unconsumed bytes.</summary>
    protected ReadOnlySpan<byte> Pending => _buffer.AsSpan(Start, End - Start);

    /// <summary>Cuts the next record out of the buffer; false when more bytes are needed or the input is done.</summary>
    protected abstract bool TryNext(out PayrollInputRecord? record);

    /// <summary>After the stream ended and <see cref="TryNext"/> gave nothing more: checks the document is complete.</summary>
    protected abstract void Complete();

    /// <summary>Marks <paramref name="count"/> pending bytes as consumed, counting their lines.</summary>
    protected void Consume(int count)
    {
        LinesBeforeStart += Pending[..count].Count((byte)'\n');
        Start += count;
    }

    /// <summary>The 1-based line of the byte at <paramref name="offset"/> from <see cref="Start"/>.</summary>
    protected long LineAt(long offset) => LinesBeforeStart + 1 + Pending[..(int)offset].Count((byte)'\n');

    public IEnumerable<PayrollInputRecord> Read(Stream stream)
    {
        while (true)
        {
            foreach (var record in Ready())
            {
                yield return record;
            }

            if (Finished())
            {
                yield break;
            }

            Appended(stream.Read(WriteBuffer().Span));
        }
    }

    public async IAsyncEnumerable<PayrollInputRecord> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (true)
        {
            foreach (var record in Ready())
            {
                yield return record;
            }

            if (Finished())
            {
                yield break;
            }

            cancellationToken.ThrowIfCancellationRequested();
            Appended(await stream.ReadAsync(WriteBuffer(), cancellationToken).ConfigureAwait(false));
        }
    }

    private IEnumerable<PayrollInputRecord> Ready()
    {
        while (TryNext(out var record))
        {
            yield return record!;
        }
    }

    private bool Finished()
    {
        if (IsFinalBlock)
        {
            Complete();
        }

        return IsFinalBlock;
    }

    // Room for one more read after the pending bytes: consumed bytes are dropped first, and the buffer grows only while
    // a single record is still incomplete (subclasses stop that at MaxRecordBytes).
    private Memory<byte> WriteBuffer()
    {
        var pending = End - Start;
        if (Start > 0)
        {
            _buffer.AsSpan(Start, pending).CopyTo(_buffer);
            Start = 0;
            End = pending;
        }

        if (_buffer.Length - End < ReadSize)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, End + ReadSize));
        }

        return _buffer.AsMemory(End);
    }

    private void Appended(int count)
    {
        End += count;
        IsFinalBlock = count == 0;
        if (!_bomChecked && (End - Start >= Utf8Bom.Length || IsFinalBlock))
        {
            _bomChecked = true;
            if (Pending.StartsWith(Utf8Bom))
            {
                Start += Utf8Bom.Length;
            }
        }
    }

    /// <summary>Whether nothing usable can be read yet (a BOM may still be completing).</summary>
    protected bool WaitingForBom => !_bomChecked;
}
