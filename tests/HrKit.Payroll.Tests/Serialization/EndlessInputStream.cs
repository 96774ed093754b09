using System.Text;

namespace HrKit.Payroll.Tests.Serialization;

/// <summary>
/// An input document that never ends: <c>{"employees": [</c> then valid records forever (or lines forever). A reader
/// that buffers the whole document never returns its first record from it.
/// </summary>
internal sealed class EndlessInputStream(bool jsonLines) : Stream
{
    private byte[] _pending = jsonLines ? [] : "{ \"employees\": [\n"u8.ToArray();
    private int _offset;
    private long _next;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_offset == _pending.Length)
        {
            var record = $$"""{"employeeId":"E{{_next++}}","period":"2026-01","city":"beijing","baseSalary":10000}""";
            _pending = Encoding.UTF8.GetBytes(jsonLines ? record + "\n" : record + ",\n");
            _offset = 0;
        }

        var n = Math.Min(count, _pending.Length - _offset);
        Array.Copy(_pending, _offset, buffer, offset, n);
        _offset += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
