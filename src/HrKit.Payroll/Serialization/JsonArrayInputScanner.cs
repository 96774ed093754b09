using HrKit.Payroll.Localization;
using System.Globalization;
using System.Text.Json;

namespace HrKit.Payroll.Serialization;

/// <summary>
/// A JSON document <c>{"employees": [...]}</c> or a bare array, read element by element: only the element being
/// read is buffered. A malformed element is an error record and the next one is read; an element larger than
/// <see cref="PayrollLimits.MaxRecordBytes"/> is reported and skipped token by token without being buffered. Broken
/// JSON structure (the document itself) cannot be resynchronised and throws <see cref="PayrollDataException"/>.
/// </summary>
internal sealed class JsonArrayInputScanner : InputRecordScanner
{
    private static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = PayrollLimits.MaxJsonDepth,
    };

    private enum Position
    {
        BeforeRoot,
        InRootObject,
        InEmployees,
        SkippingElement,
        Done,
    }

    private JsonReaderState _state = new(Options);
    private Position _position;
    private bool _rootIsObject;
    private bool _sawEmployees;
    private int _skipDepth;

    protected override bool TryNext(out PayrollInputRecord? record)
    {
        record = null;
        if (WaitingForBom || (IsFinalBlock && _position == Position.BeforeRoot && Pending.Trim(" \t\r\n"u8).IsEmpty))
        {
            return false;
        }

        var reader = new Utf8JsonReader(Pending, IsFinalBlock, _state);
        try
        {
            return Advance(ref reader, out record);
        }
        catch (JsonException ex)
        {
            throw Malformed(ex);
        }
    }

    protected override void Complete()
    {
        if (_position == Position.Done)
        {
            return;
        }

        if (_position == Position.BeforeRoot && Pending.Trim(" \t\r\n"u8).IsEmpty && NextIndex == 0)
        {
            throw new PayrollDataException(new LocalText("Error.Json.EmptyDocument"));
        }

        throw new PayrollDataException(new LocalText("Error.Json.EndsEarly", LineAt(Pending.Length).ToString(CultureInfo.InvariantCulture), Describe()));
    }

    private bool Advance(ref Utf8JsonReader reader, out PayrollInputRecord? record)
    {
        record = null;
        while (true)
        {
            var before = reader.CurrentState;
            var consumedBefore = (int)reader.BytesConsumed;
            switch (_position)
            {
                case Position.BeforeRoot:
                    if (!reader.Read())
                    {
                        return NeedMore(before, consumedBefore);
                    }

                    _rootIsObject = reader.TokenType == JsonTokenType.StartObject;
                    _position = reader.TokenType switch
                    {
                        JsonTokenType.StartArray => Position.InEmployees,
                        JsonTokenType.StartObject => Position.InRootObject,
                        _ => throw WrongShape(),
                    };
                    break;

                case Position.InRootObject:
                    if (!reader.Read())
                    {
                        return NeedMore(before, consumedBefore);
                    }

                    if (reader.TokenType == JsonTokenType.EndObject)
                    {
                        _position = _sawEmployees ? Position.Done : throw WrongShape();
                        break;
                    }

                    var isEmployees = reader.ValueTextEquals("employees"u8);
                    if (!reader.Read())
                    {
                        return NeedMore(before, consumedBefore);
                    }

                    if (isEmployees && reader.TokenType == JsonTokenType.StartArray)
                    {
                        _sawEmployees = true;
                        _position = Position.InEmployees;
                    }
                    else if (isEmployees)
                    {
                        throw WrongShape();
                    }
                    else if (!reader.TrySkip())
                    {
                        // Another property of the root (ignored); its value must fit the record limit like a record.
                        TooLargeOutsideRecords(consumedBefore);
                        return NeedMore(before, consumedBefore);
                    }

                    break;

                case Position.InEmployees:
                    if (!reader.Read())
                    {
                        return NeedMore(before, consumedBefore);
                    }

                    if (reader.TokenType == JsonTokenType.EndArray)
                    {
                        _position = _rootIsObject ? Position.InRootObject : Position.Done;
                        break;
                    }

                    var start = (int)reader.TokenStartIndex;
                    if (!reader.TrySkip())
                    {
                        if (Pending.Length - start > PayrollLimits.MaxRecordBytes)
                        {
                            // Too large to buffer: report it and read past it token by token.
                            record = TooLarge(start);
                            _skipDepth = reader.CurrentDepth;
                            _position = Position.SkippingElement;
                            Commit(reader.CurrentState, (int)reader.BytesConsumed);
                            return true;
                        }

                        return NeedMore(before, consumedBefore);
                    }

                    var end = (int)reader.BytesConsumed;
                    if (end - start > PayrollLimits.MaxRecordBytes)
                    {
                        record = TooLarge(start);
                    }
                    else
                    {
                        var line = LineAt(start);
                        var index = NextIndex++;
                        record = InputRecordParser.Parse(Pending[start..end], index, line, InputRecordParser.AtElement(index, line));
                    }

                    Commit(reader.CurrentState, end);
                    return true;

                case Position.SkippingElement:
                    if (!reader.Read())
                    {
                        return NeedMore(reader.CurrentState, (int)reader.BytesConsumed);
                    }

                    if (reader.CurrentDepth == _skipDepth && reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                    {
                        _position = Position.InEmployees;
                    }

                    break;

                default:
                    // Only whitespace and comments may follow the root value.
                    if (reader.Read())
                    {
                        throw new PayrollDataException(new LocalText("Error.Json.TrailingContent", LineAt(reader.TokenStartIndex).ToString(CultureInfo.InvariantCulture)));
                    }

                    return NeedMore(reader.CurrentState, (int)reader.BytesConsumed);
            }
        }
    }

    // The reader ran out of bytes: keep what was fully processed, rewind to the last complete token and wait.
    private bool NeedMore(JsonReaderState state, int consumed)
    {
        Commit(state, consumed);
        if (Pending.Length > PayrollLimits.MaxRecordBytes)
        {
            throw new PayrollDataException(new LocalText("Error.Json.TokenTooLarge", LinesBeforeStart + 1, PayrollLimits.MaxRecordBytes));
        }

        return false;
    }

    private void Commit(JsonReaderState state, int consumed)
    {
        _state = state;
        Consume(consumed);
    }

    private PayrollInputRecord TooLarge(int start)
    {
        var line = LineAt(start);
        var index = NextIndex++;
        return InputRecordParser.Error(index, line, InputRecordParser.PeekId(Pending[start..]), "$",
            new LocalText("Error.Input.RecordTooLarge", InputRecordParser.AtElement(index, line), PayrollLimits.MaxRecordBytes.ToString(CultureInfo.InvariantCulture)));
    }

    private void TooLargeOutsideRecords(int start)
    {
        if (Pending.Length - start > PayrollLimits.MaxRecordBytes)
        {
            throw new PayrollDataException(new LocalText("Error.Json.PropertyTooLarge", LineAt(start).ToString(CultureInfo.InvariantCulture), PayrollLimits.MaxRecordBytes.ToString(CultureInfo.InvariantCulture)));
        }
    }

    // The reader state carried from buffer to buffer counts lines from the start of the stream, so the exception's
    // line number is already absolute.
    private PayrollDataException Malformed(JsonException ex) =>
        new(new LocalText("Error.Json.Malformed", (ex.LineNumber is { } line ? line + 1 : LinesBeforeStart + 1).ToString(CultureInfo.InvariantCulture), Describe(), ex.Message), ex);

    private object Describe() => _position switch
    {
        Position.InEmployees or Position.SkippingElement => $"employees[{NextIndex.ToString(CultureInfo.InvariantCulture)}]",
        Position.InRootObject => new LocalText("Error.Json.RootObject"),
        _ => new LocalText("Error.Json.Document"),
    };

    private static PayrollDataException WrongShape() =>
        new(new LocalText("Error.Json.WrongShape"));
}
