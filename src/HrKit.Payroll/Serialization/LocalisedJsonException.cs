using System.Text.Json;
using HrKit.Payroll.Localization;

namespace HrKit.Payroll.Serialization;

/// <summary>
/// A <see cref="JsonException"/> raised by HrKit.Payroll's own converters, with its text as a resource key:
/// System.Text.Json rethrows it unchanged with the JSON path, and the reader that wraps it into a record error or a
/// <see cref="PayrollException"/> shows the text in the reader's language (<see cref="ProblemOf"/>). Its
/// <see cref="Exception.Message"/> is the English text.
/// </summary>
internal sealed class LocalisedJsonException(LocalText text) : JsonException(text.ToString())
{
    /// <summary>The problem as a resource key with its arguments.</summary>
    public LocalText Text { get; } = text;

    /// <summary>
    /// The problem of a JSON error as an argument of a <see cref="LocalText"/>: HrKit's own text (rendered in the
    /// reader's language), or the serializer's own English message as it gives it.
    /// </summary>
    public static object ProblemOf(Exception exception) => exception is LocalisedJsonException own ? own.Text : exception.Message;
}
