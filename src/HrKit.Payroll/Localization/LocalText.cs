namespace HrKit.Payroll.Localization;

/// <summary>
/// A built-in text as data, rendered in a language only when shown: a key of <c>PayrollStrings.resx</c> with its
/// arguments (an argument that is itself a <see cref="LocalText"/> is rendered in the same language), or a built-in
/// English data text (a policy description, an NI category) translated when the resources know it.
/// </summary>
/// <remarks>
/// Arguments are passed already formatted (money to two decimals, invariant culture), so the English rendering of a
/// text is exactly the text the engine printed before it was localised.
/// </remarks>
internal sealed class LocalText
{
    private readonly string? _key;
    private readonly string? _english;
    private readonly object?[] _arguments;
    private readonly LocalText[]? _lines;

    /// <summary>A resource text with its <c>{0}</c>, <c>{1}</c>… filled in.</summary>
    public LocalText(string key, params object?[] arguments)
    {
        _key = key;
        _arguments = arguments;
    }

    private LocalText(string english)
    {
        _english = english;
        _arguments = [];
    }

    private LocalText(LocalText[] lines)
    {
        _lines = lines;
        _arguments = [];
    }

    /// <summary>Several texts, one a line (the problems of a reference file, listed under one heading).</summary>
    public static LocalText Lines(IEnumerable<LocalText> lines) => new([.. lines]);

    /// <summary>The resource key; null for a <see cref="Known"/> text.</summary>
    public string? Key => _key;

    /// <summary>
    /// A text the data gives in English (a built-in policy's description): shown translated when a <c>Text.*</c>
    /// resource has exactly this English value, and as given otherwise (a host's own text).
    /// </summary>
    public static LocalText Known(string english) => new(english);

    /// <summary>The text in <paramref name="texts"/>' language.</summary>
    public string Render(PayrollLocalizer texts)
    {
        if (_lines is not null)
        {
            return string.Join(Environment.NewLine, _lines.Select(l => l.Render(texts)));
        }

        if (_key is null)
        {
            return texts.BuiltInText(_english!);
        }

        if (_arguments.Length == 0)
        {
            return texts[_key];
        }

        var rendered = new object?[_arguments.Length];
        for (var i = 0; i < _arguments.Length; i++)
        {
            rendered[i] = _arguments[i] switch
            {
                LocalText text => text.Render(texts),
                PayrollMessage message => texts.Render(message),
                var other => other,
            };
        }

        return texts.Format(_key, rendered);
    }

    /// <summary>A public <see cref="PayrollMessage"/> (raised by HrKit.Payroll.Excel) as a text.</summary>
    public static LocalText From(PayrollMessage message) => new(message.Key, [.. message.Arguments]);

    /// <summary>The English text.</summary>
    public override string ToString() => Render(PayrollLocalizer.English);

    /// <summary>
    /// This text as a public <see cref="PayrollMessage"/> (for <see cref="Engine.PayrollError.Text"/>); null for a
    /// <see cref="Known"/> text, which has no key.
    /// </summary>
    public PayrollMessage? ToMessage() => _key is null ? null : new PayrollMessage(_key, _arguments);
}
