using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HrKit.Localization;

/// <summary>
/// One package's built-in texts in one language, read once through Microsoft.Extensions.Localization
/// (<see cref="ResourceManagerStringLocalizerFactory"/>) and then looked up in a frozen dictionary. Every Chinese
/// culture reads zh-CN, every other culture English (the neutral resources). Linked into each package that
/// localises its messages (docs/localisation.md); HrKit.Payroll has its own, public, PayrollLocalizer.
/// </summary>
internal sealed class ResourceTexts
{
    private const string ChineseCultureName = "zh-CN";

    private static readonly ConcurrentDictionary<(Type Resources, string Culture), ResourceTexts> Cache = new();
    private static readonly Lazy<IStringLocalizerFactory> Factory = new(() =>
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    private readonly FrozenDictionary<string, string> _texts;

    private ResourceTexts(FrozenDictionary<string, string> texts) => _texts = texts;

    /// <summary>The texts of the resource type <paramref name="resources"/> in <paramref name="culture"/>, read once and cached.</summary>
    public static ResourceTexts For(Type resources, CultureInfo culture)
    {
        var resourceCulture = ResourceCulture(culture);
        return Cache.GetOrAdd((resources, resourceCulture.Name), static (key, c) => new ResourceTexts(ReadAll(Factory.Value.Create(key.Resources), c)), resourceCulture);
    }

    /// <summary>The text with key <paramref name="key"/>; the key itself when there is none (a test fails on that first).</summary>
    public string this[string key] => _texts.TryGetValue(key, out var text) ? text : key;

    /// <summary>The text with key <paramref name="key"/> with its placeholders filled in, numbers in the invariant culture.</summary>
    public string Format(string key, object?[] arguments) =>
        arguments.Length == 0 ? this[key] : string.Format(CultureInfo.InvariantCulture, this[key], arguments);

    // Every Chinese culture reads zh-CN (the one Chinese translation); every other culture falls back to English.
    private static CultureInfo ResourceCulture(CultureInfo culture)
    {
        if (!culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
        {
            return CultureInfo.InvariantCulture;
        }

        try
        {
            return CultureInfo.GetCultureInfo(ChineseCultureName);
        }
        catch (CultureNotFoundException)
        {
            // An invariant-globalization host that cannot name zh-CN gets the English texts.
            return CultureInfo.InvariantCulture;
        }
    }

    /// <summary>Every text of <paramref name="localizer"/> in <paramref name="culture"/> (with its parent cultures' as fallback).</summary>
    // IStringLocalizer reads in CurrentUICulture; it is set for the read only (an async-local, so no other flow sees it).
    public static FrozenDictionary<string, string> ReadAll(IStringLocalizer localizer, CultureInfo culture)
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = culture;
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var text in localizer.GetAllStrings(includeParentCultures: true))
            {
                texts.TryAdd(text.Name, text.Value);
            }

            return texts.ToFrozenDictionary(StringComparer.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }
}
