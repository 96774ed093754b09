namespace HrKit.Cli.Output;

/// <summary>
/// A points event <c>hrkit points simulate</c> did not record: a line of the events file that is not a valid event, or
/// an event the points service rejected. Also its row in <c>--format json</c> (<c>rejected</c>).
/// </summary>
/// <param name="Line">The line of the events file, from 1.</param>
/// <param name="EventId">The event's id; null when the line could not be read as an event.</param>
/// <param name="RuleName">The rule that failed on the event, when one did.</param>
/// <param name="Field">The field or rule part at fault; null when the reason names it (an unreadable line).</param>
/// <param name="Reason">What is wrong and how to fix it.</param>
internal sealed record EventRejection(int Line, string? EventId, string? RuleName, string? Field, string Reason);
