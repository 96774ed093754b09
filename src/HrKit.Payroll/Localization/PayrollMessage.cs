using System.Collections.Immutable;

namespace HrKit.Payroll.Localization;

/// <summary>
/// A problem text as data: a key of <c>PayrollStrings.resx</c> with its arguments, so that a package built on
/// HrKit.Payroll (HrKit.Payroll.Excel) can raise an error that <see cref="PayrollLocalizer.ErrorMessage(Exception)"/>
/// and <see cref="PayrollLocalizer.ErrorMessage(Engine.PayrollError)"/> show in the reader's language.
/// </summary>
/// <remarks>
/// Arguments are passed already formatted (numbers in the invariant culture): the English rendering is exactly the
/// English message. An argument that is itself a <see cref="PayrollMessage"/> is rendered in the same language; any
/// other argument (a file name, a sheet name, a library's own message) is shown as given.
/// </remarks>
public sealed class PayrollMessage
{
    /// <summary>Creates the message.</summary>
    /// <param name="key">A key of <c>PayrollStrings.resx</c> (e.g. <c>Error.Excel.NotANumber</c>).</param>
    /// <param name="arguments">The values of <c>{0}</c>, <c>{1}</c>…, in order.</param>
    /// <exception cref="ArgumentException"><paramref name="key"/> is null or empty.</exception>
    public PayrollMessage(string key, params object?[] arguments)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        Key = key;
        Arguments = [.. arguments ?? []];
    }

    /// <summary>The resource key.</summary>
    public string Key { get; }

    /// <summary>The values of the key's placeholders.</summary>
    public ImmutableArray<object?> Arguments { get; }

    /// <summary>
    /// The problem HrKit.Payroll's own JSON converters raised (a month not in yyyy-MM, a date not in yyyy-MM-dd) as a
    /// message, so a reader built on HrKit.Payroll can show it in the user's language; null for any other exception
    /// (a serializer's own message is quoted as it gives it).
    /// </summary>
    /// <param name="exception">The exception the reader caught, usually a <see cref="System.Text.Json.JsonException"/>.</param>
    /// <returns>The message, or null.</returns>
    public static PayrollMessage? FromException(Exception? exception) =>
        exception is LocalisedJsonException own ? own.Text.ToMessage() : null;

    /// <summary>The English text (what <see cref="Exception.Message"/> says).</summary>
    public override string ToString() => PayrollLocalizer.English.Render(this);
}
