using HrKit.Payroll.Localization;
using System.Globalization;

namespace HrKit.Payroll.Serialization;

/// <summary>
/// JSON Lines: one employee-month per line. Every line is its own record, so a malformed or oversized line is an
/// error record and reading goes on with the next line.
/// </summary>
internal sealed class JsonLinesInputScanner : InputRecordScanner
{
    private bool _skippingLongLine;
    private int _searched;

    protected override bool TryNext(out PayrollInputRecord? record)
    {
        record = null;
        while (!WaitingForBom)
        {
            var pending = Pending;
            var newline = pending[_searched..].IndexOf((byte)'\n');
            if (newline < 0)
            {
                _searched = pending.Length;
                if (IsFinalBlock && pending.Length > 0)
                {
                    newline = pending.Length; // the last line has no newline
                }
                else
                {
                    if (pending.Length > PayrollLimits.MaxRecordBytes)
                    {
                        return DropLongLine(out record);
                    }

                    return false;
                }
            }
            else
            {
                newline += _searched;
            }

            var line = LinesBeforeStart + 1;
            var text = pending[..newline];
            var skipped = _skippingLongLine;
            _skippingLongLine = false;
            _searched = 0;
            Consume(Math.Min(newline + 1, pending.Length));
            if (skipped)
            {
                continue; // the rest of a line already reported as too long
            }

            if (text.TrimEnd((byte)'\r').Trim(" \t"u8).IsEmpty)
            {
                continue;
            }

            record = text.Length > PayrollLimits.MaxRecordBytes
                ? TooLong(text, line)
                : InputRecordParser.Parse(text, NextIndex++, line, InputRecordParser.AtLine(line));
            return true;
        }

        return false;
    }

    protected override void Complete()
    {
    }

    // A line longer than the record limit is reported once and its bytes are dropped as they arrive, so memory stays
    // bounded however long it is; the record after it is read normally.
    private bool DropLongLine(out PayrollInputRecord? record)
    {
        var line = LinesBeforeStart + 1;
        var firstTime = !_skippingLongLine;
        record = firstTime ? TooLong(Pending, line) : null;
        _skippingLongLine = true;
        _searched = 0;
        Consume(Pending.Length);
        return firstTime;
    }

    private PayrollInputRecord TooLong(ReadOnlySpan<byte> text, long line) =>
        InputRecordParser.Error(NextIndex++, line, InputRecordParser.PeekId(text), "$",
            new LocalText("Error.Input.LineTooLong", InputRecordParser.AtLine(line), PayrollLimits.MaxRecordBytes.ToString(CultureInfo.InvariantCulture), InputRecordParser.Excerpt(text)));
}
