using System.Text;

namespace HrKit.Integration.Vendors.Files;

/// <summary>One line of a file, or the fact that it was longer than allowed (its text then is not kept).</summary>
internal readonly record struct BoundedLine(string Text, bool TooLong);

/// <summary>
/// Reads lines like <see cref="TextReader.ReadLineAsync(CancellationToken)"/>, but never holds more than
/// <c>maxLength</c> characters of one: a file that is one endless line costs a buffer, not all the memory there is.
/// </summary>
internal sealed class BoundedLineReader(TextReader reader, int maxLength)
{
    private readonly char[] _buffer = new char[8192];
    private readonly StringBuilder _line = new();
    private int _position;
    private int _length;

    /// <summary>The next line without its line break; null at the end of the input.</summary>
    public async ValueTask<BoundedLine?> ReadAsync(CancellationToken cancellationToken)
    {
        _line.Clear();
        var tooLong = false;
        var any = false;
        while (true)
        {
            if (_position == _length)
            {
                _length = await reader.ReadAsync(_buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
                _position = 0;
                if (_length == 0)
                {
                    return any ? Finish(tooLong) : null;
                }
            }

            any = true;
            var span = _buffer.AsSpan(_position, _length - _position);
            var newline = span.IndexOf('\n');
            var part = newline < 0 ? span : span[..newline];
            if (!tooLong && _line.Length + part.Length > maxLength + 1)
            {
                // +1 leaves room for the '\r' of a CRLF line of exactly maxLength characters.
                tooLong = true;
                _line.Clear();
            }

            if (!tooLong)
            {
                _line.Append(part);
            }

            if (newline >= 0)
            {
                _position += newline + 1;
                return Finish(tooLong);
            }

            _position = _length;
        }
    }

    private BoundedLine Finish(bool tooLong)
    {
        if (_line.Length > 0 && _line[^1] == '\r')
        {
            _line.Length--;
        }

        return tooLong || _line.Length > maxLength ? new BoundedLine("", TooLong: true) : new BoundedLine(_line.ToString(), TooLong: false);
    }
}
