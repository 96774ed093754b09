using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using HrKit.Payroll.Model;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HrKit.Payroll.Localization;

/// <summary>
/// HrKit.Payroll's texts in one language: payslip line names and explanations, report and payslip headings
/// (docs/localisation.md). The strings come from <see cref="IStringLocalizer{PayrollStrings}"/> and are read once when
/// the localizer is made, so rendering a payslip costs dictionary lookups and never a resource lookup.
/// Legal citations (国家税务总局公告2018年第61号, 财税〔2018〕164号, …) stay in Chinese in every language.
/// </summary>
/// <remarks>
/// The engine builds payslips without any text lookups (<see cref="PayslipLine.Name"/> is its English name); a
/// payslip is put into a language when it is shown, with <see cref="Localize(Payslip)"/>, <see cref="LineName"/>
/// and <see cref="LineExplanation"/>. Names a host's own pay policy gives its components are kept as written.
/// </remarks>
public sealed class PayrollLocalizer
{
    /// <summary>The culture whose resources are used for every Chinese culture (zh, zh-Hans, zh-SG, …).</summary>
    public const string ChineseCultureName = "zh-CN";

    private static readonly ConcurrentDictionary<string, PayrollLocalizer> Cache = new(StringComparer.OrdinalIgnoreCase);
    private static readonly Lazy<IStringLocalizer> DefaultLocalizer = new(() =>
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance).Create(typeof(PayrollStrings)));

    private readonly FrozenDictionary<string, string> _texts;
    private readonly FrozenDictionary<string, string> _english;

    /// <summary>Reads every text of <paramref name="localizer"/> in <paramref name="culture"/> once.</summary>
    /// <param name="localizer">Where the texts come from: the DI container's <c>IStringLocalizer&lt;PayrollStrings&gt;</c>, or a host's own.</param>
    /// <param name="culture">The language; null for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="localizer"/> is null.</exception>
    public PayrollLocalizer(IStringLocalizer<PayrollStrings> localizer, CultureInfo? culture = null)
        : this((IStringLocalizer)localizer, ResourceCulture(culture ?? CultureInfo.CurrentUICulture))
    {
    }

    private PayrollLocalizer(IStringLocalizer localizer, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        Culture = culture;
        _texts = Read(localizer, culture);
        _english = culture.Name.Length == 0 ? _texts : Read(localizer, CultureInfo.InvariantCulture);
    }

    /// <summary>The culture whose texts this localizer holds (every Chinese culture is read as <c>zh-CN</c>).</summary>
    public CultureInfo Culture { get; }

    /// <summary>The built-in texts in <see cref="CultureInfo.CurrentUICulture"/> (read once per culture, then cached).</summary>
    public static PayrollLocalizer Current => For(CultureInfo.CurrentUICulture);

    /// <summary>The built-in English texts.</summary>
    public static PayrollLocalizer English => For(CultureInfo.InvariantCulture);

    /// <summary>The built-in texts in <paramref name="culture"/>, read once per culture and cached.</summary>
    /// <param name="culture">The language; null for <see cref="CultureInfo.CurrentUICulture"/>. Chinese cultures use <c>zh-CN</c>, any other English.</param>
    public static PayrollLocalizer For(CultureInfo? culture)
    {
        var resourceCulture = ResourceCulture(culture ?? CultureInfo.CurrentUICulture);
        return Cache.GetOrAdd(resourceCulture.Name, static (_, c) => new PayrollLocalizer(DefaultLocalizer.Value, c), resourceCulture);
    }

    /// <summary>The text with key <paramref name="key"/> (e.g. <c>Report.PayStructure</c>); the key itself when there is none.</summary>
    /// <param name="key">A key of <c>PayrollStrings.resx</c>.</param>
    public string this[string key] => _texts.TryGetValue(key, out var text) ? text : key;

    /// <summary>Whether a text with key <paramref name="key"/> exists in this language (or its English fallback).</summary>
    /// <param name="key">A key of <c>PayrollStrings.resx</c>.</param>
    public bool Contains(string key) => _texts.ContainsKey(key);

    /// <summary>The text with key <paramref name="key"/> with its <c>{0}</c>, <c>{1}</c>… filled in (invariant number formats).</summary>
    /// <param name="key">A key of <c>PayrollStrings.resx</c>.</param>
    /// <param name="arguments">The values, in order.</param>
    public string Format(string key, params object?[] arguments) => string.Format(CultureInfo.InvariantCulture, this[key], arguments);

    /// <summary>
    /// The line's name in this language: the built-in name of its code (for the payslip's jurisdiction first), or the
    /// line's own <see cref="PayslipLine.Name"/> when a host's policy or pack named it (or the code has no text).
    /// </summary>
    /// <param name="jurisdiction">The payslip's <see cref="Payslip.Jurisdiction"/>.</param>
    /// <param name="line">The line.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public string LineName(string jurisdiction, PayslipLine line)
    {
        ArgumentNullException.ThrowIfNull(jurisdiction);
        ArgumentNullException.ThrowIfNull(line);
        if (line.Code.StartsWith(RetroPrefix, StringComparison.Ordinal) && line.Name.StartsWith(RetroNamePrefix, StringComparison.Ordinal))
        {
            var inner = line with { Code = line.Code[RetroPrefix.Length..], Name = line.Name[RetroNamePrefix.Length..] };
            return Format("Line.Retro", LineName(jurisdiction, inner));
        }

        var key = "Line." + jurisdiction + "." + line.Code;
        if (!_english.TryGetValue(key, out var english))
        {
            key = "Line." + line.Code;
            if (!_english.TryGetValue(key, out english))
            {
                return line.Name;
            }
        }

        // Only the built-in name is replaced: a host whose policy calls BASE "月薪" sees "月薪" in every language.
        var argument = line.NameArgument;
        if (!string.Equals(line.Name, string.Format(CultureInfo.InvariantCulture, english, argument), StringComparison.Ordinal))
        {
            return line.Name;
        }

        return string.Format(CultureInfo.InvariantCulture, _texts[key], argument);
    }

    /// <summary>The line's explanation in this language; an explanation given as text (a host's, or a message) is returned as given.</summary>
    /// <param name="line">The line.</param>
    /// <exception cref="ArgumentNullException"><paramref name="line"/> is null.</exception>
    public string LineExplanation(PayslipLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.DetailsOrNull is { } details ? details.Describe(this) : line.Explanation;
    }

    /// <summary>The name of a line kind (e.g. 应发, 扣款) in this language.</summary>
    /// <param name="kind">The kind.</param>
    public string KindName(PayslipLineKind kind) => this["Kind." + kind.ToString()];

    /// <summary>
    /// A copy of <paramref name="payslip"/> whose line names and explanations are in this language, for display or
    /// JSON output; amounts and codes are unchanged.
    /// </summary>
    /// <param name="payslip">The payslip the engine produced.</param>
    /// <exception cref="ArgumentNullException"><paramref name="payslip"/> is null.</exception>
    public Payslip Localize(Payslip payslip)
    {
        ArgumentNullException.ThrowIfNull(payslip);
        var lines = ImmutableArray.CreateBuilder<PayslipLine>(payslip.Lines.Length);
        foreach (var line in payslip.Lines)
        {
            lines.Add(new PayslipLine(line.Code, LineName(payslip.Jurisdiction, line), line.Kind, line.Amount, LineExplanation(line)));
        }

        return payslip with { Lines = lines.MoveToImmutable() };
    }

    private const string RetroPrefix = "RETRO_";
    private const string RetroNamePrefix = "Retro: ";

    // Every Chinese culture reads zh-CN (the one Chinese translation); every other culture falls back to English.
    private static CultureInfo ResourceCulture(CultureInfo culture)
    {
        if (culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) && !string.Equals(culture.Name, ChineseCultureName, StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return CultureInfo.GetCultureInfo(ChineseCultureName);
            }
            catch (CultureNotFoundException)
            {
                // An invariant-globalization host that cannot name zh-CN keeps its own culture (English texts).
                return culture;
            }
        }

        return culture;
    }

    // IStringLocalizer reads in CurrentUICulture; it is set for the read only (an async-local, so no other flow sees it).
    private static FrozenDictionary<string, string> Read(IStringLocalizer localizer, CultureInfo culture)
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
