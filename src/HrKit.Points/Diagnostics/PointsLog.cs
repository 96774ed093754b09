using Microsoft.Extensions.Logging;

namespace HrKit.Points.Diagnostics;

/// <summary>Source-generated log messages: no formatting cost when the level is off.</summary>
internal static partial class PointsLog
{
    [LoggerMessage(1, LogLevel.Information, "Points policy '{Policy}' loaded from {Path} with {Rules} rules.")]
    public static partial void PolicyReloaded(this ILogger logger, string policy, string path, int rules);

    [LoggerMessage(2, LogLevel.Error, "Points policy {Path} was rejected; the previous policy stays in force. {Errors}")]
    public static partial void PolicyRejected(this ILogger logger, string path, string errors);

    [LoggerMessage(3, LogLevel.Warning, "Points policy {Path} could not be read; the previous policy stays in force.")]
    public static partial void PolicyUnreadable(this ILogger logger, Exception exception, string path);

    [LoggerMessage(4, LogLevel.Debug, "{Count} already-processed events skipped.")]
    public static partial void DuplicatesSkipped(this ILogger logger, int count);

    [LoggerMessage(5, LogLevel.Warning, "Points event rejected, nothing recorded for it: {Rejection}")]
    public static partial void EventRejected(this ILogger logger, string rejection);
}
