using System.Text.Json;
using HrKit.Localization;

namespace HrKit.Points.Serialization;

/// <summary>
/// A <see cref="JsonException"/> raised by HrKit.Points' own converters, with its text as a resource key:
/// System.Text.Json rethrows it unchanged with the JSON path, and <see cref="PointsJson"/> shows it in the reader's
/// language (<see cref="ProblemOf"/>). Its <see cref="Exception.Message"/> is the English text.
/// </summary>
internal sealed class LocalisedJsonException(LocalMessage text) : JsonException(text.ToString())
{
    /// <summary>The problem as a resource key with its arguments.</summary>
    public LocalMessage Text { get; } = text;

    /// <summary>
    /// The problem of a JSON error as a message argument: HrKit's own text (rendered in the reader's language), or the
    /// serializer's own English message as it gives it.
    /// </summary>
    public static object ProblemOf(Exception exception) => exception is LocalisedJsonException own ? own.Text : exception.Message;
}
