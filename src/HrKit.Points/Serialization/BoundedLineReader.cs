using HrKit.Points.Localization;
using System.Text;

namespace HrKit.Points.Serialization;

/// <summary>
/// Splits a <see cref="TextReader"/> into lines (<c>\n</c>, <c>\r\n</c> or <c>\r</c>) without ever holding more than
/// <see cref="PointsBounds.MaxEventLineLength"/> characters of one: <see cref="TextReader.ReadLine"/> would first
/// read a gigabyte-long line whole. When the text was decoded from bytes here, invalid UTF-8 has become U+FFFD and
/// the line holding it is refused (<paramref name="rejectReplacementCharacter"/>), so the error names the exact line.
/// </summary>
internal sealed class BoundedLineReader(TextReader reader, bool rejectReplacementCharacter)
{
    private readonly char[] _buffer = new char[4096];
    private readonly StringBuilder _line = new();
    private int _start;
    private int _end;
    private bool _skipLineFeed;

    /// <summary>The number of the line last returned, from 1.</summary>
    public int LineNumber { get; private set; }

    /// <summary>The next line without its terminator, or null at the end.</summary>
    /// <exception cref="PointsInputException">The line is too long or not valid UTF-8.</exception>
    public string? ReadLine()
    {
        _line.Clear();
        while (true)
        {
            if (_start == _end && !Fill())
            {
                return _line.Length > 0 ? Complete() : null;
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

            var span = _buffer.AsSpan(_start, _end - _start);
            var stop = span.IndexOfAny('\r', '\n');
            var take = stop < 0 ? span.Length : stop;
            if (_line.Length + take > PointsBounds.MaxEventLineLength)
            {
                throw new PointsInputException(
                    PointsText.Of("Input.LineTooLong", LineNumber + 1, PointsBounds.MaxEventLineLength),
                    new HrKitErrorTarget(Line: LineNumber + 1));
            }

            _line.Append(span[..take]);
            _start += take;
            if (stop >= 0)
            {
                _skipLineFeed = _buffer[_start] == '\r';
                _start++;
                return Complete();
            }
        }
    }

    private string Complete()
    {
        LineNumber++;
        var line = _line.ToString();
        return rejectReplacementCharacter && line.Contains('\uFFFD', StringComparison.Ordinal)
            ? throw new PointsInputException(PointsText.Of("Input.LineNotUtf8", LineNumber), new HrKitErrorTarget(Line: LineNumber))
            : line;
    }

    private bool Fill()
    {
        _end = reader.Read(_buffer, 0, _buffer.Length);
        _start = 0;
        return _end > 0;
    }
}
