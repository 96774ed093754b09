using HrKit.Cli.Files;

namespace HrKit.Cli.Tests.Files;

public sealed class LineAtATimeReaderTests
{
    private static List<(int Number, string Text)> Lines(TextReader source)
    {
        var lines = new LineAtATimeReader(source);
        var read = new List<(int, string)>();
        while (lines.NextLine() is { } line)
        {
            read.Add((lines.LineNumber, line.ReadToEnd()));
        }

        return read;
    }

    [Theory]
    [InlineData("a\nb\r\nc\rd", new[] { "a", "b", "c", "d" })]
    [InlineData("a\n\nb\n", new[] { "a", "", "b" })]
    [InlineData("", new string[0])]
    [InlineData("\r\n\r\n", new[] { "", "" })]
    public void NextLine_EveryTerminator_SplitsAsTextReaderReadLineDoes(string text, string[] expected)
    {
        var expectedByReadLine = new List<string>();
        using (var reader = new StringReader(text))
        {
            while (reader.ReadLine() is { } line)
            {
                expectedByReadLine.Add(line);
            }
        }

        var read = Lines(new StringReader(text));

        Assert.Equal(expected, read.Select(l => l.Text));
        Assert.Equal(expectedByReadLine, read.Select(l => l.Text));
        Assert.Equal(Enumerable.Range(1, expected.Length), read.Select(l => l.Number));
    }

    [Fact]
    public void NextLine_CarriageReturnLineFeedAcrossTheBufferEdge_IsOneTerminator()
    {
        // The 4,096-character buffer ends on the \r; the \n arrives with the next read.
        var first = new string('x', 4095);

        var read = Lines(new StringReader(first + "\r\nsecond"));

        Assert.Equal([(1, first), (2, "second")], read);
    }

    [Fact]
    public void NextLine_PreviousLineHalfRead_SkipsItsRest()
    {
        var lines = new LineAtATimeReader(new StringReader(new string('x', 10_000) + "\nnext"));
        var buffer = new char[10];

        Assert.Equal(10, lines.NextLine()!.Read(buffer, 0, 10));
        Assert.Equal("next", lines.NextLine()!.ReadToEnd());
        Assert.Equal(2, lines.LineNumber);
        Assert.Null(lines.NextLine());
    }
}
