using System.Globalization;

namespace HrKit.Localization;

/// <summary>
/// A message as data: a key of a package's resources with its arguments, rendered in a language only when shown.
/// An argument that is itself a <see cref="LocalMessage"/> is rendered in the same language; any other argument (an
/// id, a file name, a vendor's own error text) is shown as given. Arguments are numbers or text already formatted
/// where the format matters, so the English rendering is exactly the English message the package threw before.
/// </summary>
internal sealed class LocalMessage
{
    private readonly Type _resources;
    private readonly object?[] _arguments;

    /// <summary>Creates the message.</summary>
    /// <param name="resources">The package's resource type (e.g. <c>PointsStrings</c>).</param>
    /// <param name="key">The key in that type's resx files.</param>
    /// <param name="arguments">The values of <c>{0}</c>, <c>{1}</c>…, in order.</param>
    public LocalMessage(Type resources, string key, params object?[] arguments)
    {
        _resources = resources;
        Key = key;
        _arguments = arguments;
    }

    /// <summary>The resource key.</summary>
    public string Key { get; }

    /// <summary>The message in <paramref name="culture"/>'s language (zh-CN for every Chinese culture, English otherwise).</summary>
    public string Render(CultureInfo culture)
    {
        var rendered = new object?[_arguments.Length];
        for (var i = 0; i < rendered.Length; i++)
        {
            rendered[i] = _arguments[i] switch
            {
                LocalMessage inner => inner.Render(culture),
                IEnumerable<LocalMessage> list => string.Join(ResourceTexts.For(_resources, culture)[ListSeparatorKey], list.Select(m => m.Render(culture))),
                var other => other,
            };
        }

        return ResourceTexts.For(_resources, culture).Format(Key, rendered);
    }

    /// <summary>The English message (what <see cref="Exception.Message"/> says).</summary>
    public override string ToString() => Render(CultureInfo.InvariantCulture);

    // Two messages are equal when they say the same thing: a record that carries one (a policy error) keeps value equality.
    public override bool Equals(object? obj) =>
        obj is LocalMessage other && _resources == other._resources && Key == other.Key && _arguments.SequenceEqual(other._arguments);

    public override int GetHashCode() => HashCode.Combine(_resources, Key, _arguments.Length);

    // A list argument (several problems of one expression) is joined with this text of the package's resources.
    private const string ListSeparatorKey = "ListSeparator";
}
