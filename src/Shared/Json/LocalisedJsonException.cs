using System.Text.Json;

namespace HrKit.Json;

/// <summary>
/// A <see cref="JsonException"/> raised by a package's own converters, with its text as data (a resource key with its
/// arguments: HrKit.Payroll's <c>LocalText</c>, the other packages' <c>LocalMessage</c>): System.Text.Json rethrows
/// it unchanged with the JSON path, and the reader that wraps it into a record error or the package's exception shows
/// the text in the reader's language (<see cref="ProblemOf"/>). Its <see cref="Exception.Message"/> is the English text.
/// </summary>
/// <typeparam name="TText">The package's localisable text type; its <see cref="object.ToString"/> is the English text.</typeparam>
internal sealed class LocalisedJsonException<TText>(TText text) : JsonException(text.ToString())
    where TText : class
{
    /// <summary>The problem as a resource key with its arguments.</summary>
    public TText Text { get; } = text;

    /// <summary>
    /// The problem of a JSON error as a message argument: the package's own text (rendered in the reader's language),
    /// or the serializer's own English message as it gives it.
    /// </summary>
    public static object ProblemOf(Exception exception) => exception is LocalisedJsonException<TText> own ? own.Text : exception.Message;
}
