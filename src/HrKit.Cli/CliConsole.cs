namespace HrKit.Cli;

/// <summary>Where a command writes, and whether each stream is a terminal (decides table width and progress display).</summary>
/// <param name="Out">Results.</param>
/// <param name="Error">Errors, rejections, summaries and progress.</param>
/// <param name="OutIsTerminal">Whether <paramref name="Out"/> is an interactive terminal.</param>
/// <param name="ErrorIsTerminal">Whether <paramref name="Error"/> is an interactive terminal.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool OutIsTerminal = false, bool ErrorIsTerminal = false);
