using HrKit.Cli.Progress;

namespace HrKit.Cli.Tests.Progress;

public sealed class ProgressDisplayTests
{
    [Theory]
    [InlineData(true, false, false, true, true)]     // stderr a terminal, results piped: show
    [InlineData(true, true, false, true, false)]     // --quiet
    [InlineData(false, false, false, true, false)]   // stderr redirected
    [InlineData(true, false, true, false, false)]    // results printed to the same terminal: they are the progress
    [InlineData(true, false, true, true, true)]      // results to --out while stdout is a terminal
    public void IsWanted_Terminals_ShownOnlyWhereItCannotGarbleOutput(bool errorIsTerminal, bool quiet, bool outIsTerminal, bool resultsToFile, bool expected)
    {
        var console = new CliConsole(TextWriter.Null, TextWriter.Null, outIsTerminal, errorIsTerminal);

        Assert.Equal(expected, ProgressDisplay.IsWanted(console, quiet, resultsToFile));
    }

    [Fact]
    public async Task RunAsync_NotWanted_RunsTheWorkAndWritesNothing()
    {
        using var stderr = new StringWriter();
        var console = new CliConsole(TextWriter.Null, stderr);

        var result = await ProgressDisplay.RunAsync(console, wanted: false, () => "status", () => Task.FromResult(42));

        Assert.Equal(42, result);
        Assert.Equal("", stderr.ToString());
    }
}
