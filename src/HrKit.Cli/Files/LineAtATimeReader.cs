namespace HrKit.Cli.Files;

/// <summary>
/// Shows a reader one line at a time: <see cref="NextLine"/> returns a reader that ends at the next line terminator
/// (<c>\n</c>, <c>\r\n</c> or <c>\r</c>). PointsJson then reads and checks one line of an events file per call, with its
/// own length bound, so a bad line becomes that line's rejection instead of ending the whole read.
/// </summary>
internal sealed class LineAtATimeReader(TextReader reader) : TextReader
{
    private readonly char[] _buffer = new char[4096];
    private int _start;
    private int _end;
    private bool _skipLineFeed;
    private bool _lineEnded = true;

    /// <summary>The number of the line <see cref="NextLine"/> last returned, from 1.</summary>
    public int LineNumber { get; private set; }

    /// <summary>A reader of the next line only, or null at the end of the input.</summary>
    public TextReader? NextLine()
    {
        SkipRestOfLine();
        if (!HasData())
        {
            return null;
        }

        _lineEnded = false;
        LineNumber++;
        return this;
    }

    /// <summary>Drops what is left of the current line (after a refused line), reading it in chunks, never whole.</summary>
    public void SkipRestOfLine()
    {
        var scratch = new char[1024];
        while (Read(scratch, 0, scratch.Length) > 0)
        {
        }
    }

    /// <inheritdoc />
    public override int Read(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        if (_lineEnded || count == 0 || !HasData())
        {
            _lineEnded = true;
            return 0;
        }

        var span = _buffer.AsSpan(_start, Math.Min(_end - _start, count));
        var stop = span.IndexOfAny('\r', '\n');
        var take = stop < 0 ? span.Length : stop;
        span[..take].CopyTo(buffer.AsSpan(index));
        _start += take;
        if (stop >= 0)
        {
            _skipLineFeed = _buffer[_start] == '\r';
            _start++;
            _lineEnded = true;
        }

        return take;
    }

    /// <inheritdoc />
    public override int Read()
    {
        var one = new char[1];
        return Read(one, 0, 1) == 1 ? one[0] : -1;
    }

    // Fills the buffer when it is empty and drops the \n of a \r\n that straddled two reads.
    private bool HasData()
    {
        while (true)
        {
            if (_start == _end)
            {
                _end = reader.Read(_buffer, 0, _buffer.Length);
                _start = 0;
                if (_end == 0)
                {
                    return false;
                }
            }

            if (_skipLineFeed)
            {
                _skipLineFeed = false;
                if (_buffer[_start] == '\n')
                {
                    _start++;
                    continue;
                }
            }

            return true;
        }
    }
}
