using Spectre.Console;
using Spectre.Console.Rendering;

namespace HrKit.Cli.Output;

/// <summary>
/// Text tables through Spectre.Console, written to any <see cref="TextWriter"/> (stdout, an <c>--out</c> file, a
/// test's StringWriter). Column widths are measured in terminal cells, so Chinese names (two cells a character) keep
/// the columns aligned. Output is plain text: no colours, no wrapping, no trailing spaces, so it reads the same in a
/// terminal, a file or a pipe.
/// </summary>
internal static class SpectreConsoles
{
    // Wide enough that no table is ever wrapped; a terminal narrower than a row wraps it itself.
    private const int Width = 4096;

    /// <summary>Renders <paramref name="renderable"/> and writes it line by line without trailing spaces.</summary>
    public static void Write(TextWriter writer, IRenderable renderable)
    {
        using var buffer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(buffer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = Width;
        console.Profile.Capabilities.Unicode = true;
        console.Write(renderable);
        using var reader = new StringReader(buffer.ToString());
        while (reader.ReadLine() is { } line)
        {
            writer.WriteLine(line.TrimEnd());
        }
    }

    /// <summary>A table without borders: columns separated by two spaces, easy to read and to grep.</summary>
    public static Table Table(params (string Header, bool RightAligned)[] columns)
    {
        var table = new Table().Border(TableBorder.None);
        foreach (var (header, right) in columns)
        {
            var column = new TableColumn(new Text(header)).NoWrap().PadLeft(0).PadRight(2);
            table.AddColumn(right ? column.RightAligned() : column);
        }

        return table;
    }

    /// <summary>Adds a row of plain text (never parsed as Spectre markup: a name may contain brackets).</summary>
    public static void AddTextRow(this Table table, params string?[] cells) =>
        table.AddRow([.. cells.Select(c => new Text(c ?? ""))]);
}
