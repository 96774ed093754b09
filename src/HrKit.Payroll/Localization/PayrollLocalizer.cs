using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Model;
using HrKit.Payroll.Reports;
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
    private readonly FrozenDictionary<string, string> _builtInTexts;

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
        _builtInTexts = BuiltInTexts(_english, _texts);
    }

    /// <summary>The culture whose texts this localizer holds (every Chinese culture is read as <c>zh-CN</c>).</summary>
    public CultureInfo Culture { get; }

    private bool IsChinese => string.Equals(Culture.Name, ChineseCultureName, StringComparison.OrdinalIgnoreCase);

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
        if (line.StoredChinese is { } stored && IsChinese)
        {
            return stored.Name;
        }

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

        // A line read back from a store has lost its name argument (the item's local name): keep its stored name.
        if (argument is null && _texts[key].Contains("{0}", StringComparison.Ordinal))
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
        if (line.StoredChinese is { } stored && IsChinese)
        {
            return stored.Explanation;
        }

        return line.DetailsOrNull is { } details ? details.Describe(this) : line.Explanation;
    }

    /// <summary>
    /// A built-in data text given in English (a built-in policy's component description, a UK NI category) in this
    /// language: the <c>Text.*</c> resource whose English value is exactly <paramref name="english"/>, or
    /// <paramref name="english"/> itself when none is (a host's own text is shown as written).
    /// </summary>
    internal string BuiltInText(string english) => _builtInTexts.TryGetValue(english, out var text) ? text : english;

    /// <summary>The name of a statutory figure (<c>Figure.{pack}.{name}</c>) in this language, or the name itself.</summary>
    internal string FigureName(string pack, string name) =>
        _texts.TryGetValue("Figure." + pack + "." + name, out var text) ? text : name;

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

    /// <summary>
    /// A copy of <paramref name="report"/> whose alerts are in this language (overtime shares above the threshold,
    /// provisional contributions); figures are unchanged. A report a host built itself is returned as it is.
    /// </summary>
    /// <param name="report">A report from <see cref="PayrollReportBuilder.Build"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public PayrollReport Localize(PayrollReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.AlertTexts.IsDefaultOrEmpty || report.AlertTexts.Length != report.Alerts.Length)
        {
            return report;
        }

        var alerts = ImmutableArray.CreateBuilder<string>(report.AlertTexts.Length);
        foreach (var alert in report.AlertTexts)
        {
            alerts.Add(alert.Render(this));
        }

        return report with { Alerts = alerts.MoveToImmutable() };
    }

    /// <summary>The payslip message of contributions carried forward (<see cref="ContributionCarryForward.Message"/>) in this language.</summary>
    /// <param name="carryForward">The carry-forward of a provisional payslip (<see cref="Payslip.ProvisionalContributions"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="carryForward"/> is null.</exception>
    public string Describe(ContributionCarryForward carryForward)
    {
        ArgumentNullException.ThrowIfNull(carryForward);
        return ChinaMessages.CarryForward(carryForward).Render(this);
    }

    /// <summary>The minimum-wage message (<see cref="MinimumWageShortfall.Message"/>) in this language.</summary>
    /// <param name="shortfall">The shortfall from <see cref="MinimumWageCheck.Check"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="shortfall"/> is null.</exception>
    public string Describe(MinimumWageShortfall shortfall)
    {
        ArgumentNullException.ThrowIfNull(shortfall);
        return ChinaMessages.MinimumWageShortfall(shortfall).Render(this);
    }

    /// <summary>
    /// The message of <paramref name="exception"/> in this language, naming the same employee, field, file, line or
    /// rule as <see cref="Exception.Message"/> (which is always English). In English it is exactly
    /// <see cref="Exception.Message"/>. In Chinese an employee-month input error names the field's Chinese name beside
    /// its JSON path; any other HrKit error is prefixed with the Chinese title of its
    /// <see cref="HrKitException.ErrorCode"/>, then its <see cref="HrKitException.GetMessage"/> (docs/localisation.md).
    /// </summary>
    /// <param name="exception">The error to show, usually a <see cref="PayrollException"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is null.</exception>
    public string ErrorMessage(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is PayrollInputException input && input.Localize(this) is { } framed)
        {
            return framed;
        }

        if (exception is HrKitException { ErrorCode: var code } coded && _texts.TryGetValue("Error.Code." + code, out var title))
        {
            var detail = coded is PayrollException payroll ? payroll.Localize(this) ?? payroll.Message : coded.GetMessage(Culture);
            return Format("Error.Other", title, detail);
        }

        return exception.Message;
    }

    /// <summary>
    /// Why one employee of a bulk run has no payslip (<see cref="Engine.PayrollError.Message"/>) in this language:
    /// the error's <see cref="Engine.PayrollError.Text"/> when a built-in reader raised it, its message otherwise.
    /// In English it is exactly <see cref="Engine.PayrollError.Message"/>.
    /// </summary>
    /// <param name="error">The error of a <c>PayrollInputRecord</c> or a bulk run.</param>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
    public string ErrorMessage(Engine.PayrollError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Text is { } text && string.Equals(error.Message, English.Render(text), StringComparison.Ordinal)
            ? Render(text)
            : error.Message;
    }

    /// <summary>The message in this language: its resource text with its arguments filled in.</summary>
    /// <param name="message">The message.</param>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    public string Render(PayrollMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var arguments = new object?[message.Arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = message.Arguments[i] switch
            {
                PayrollMessage inner => Render(inner),
                LocalText text => text.Render(this),
                var other => other,
            };
        }

        return Format(message.Key, arguments);
    }

    /// <summary>
    /// A field of the employee-month input (a JSON path such as <c>attendance.workedDays</c>) as shown in this language:
    /// the path itself in English, the Chinese name of the path or its nearest known parent beside the path in Chinese.
    /// </summary>
    /// <param name="path">The JSON path, as in <see cref="PayrollInputException.Field"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public string FieldName(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        // leave[2].type is named as leave.type: the index is the record's place, not part of the field's name.
        for (var known = WithoutIndexes(path); known.Length > 0; known = known[..Math.Max(0, known.LastIndexOf('.'))])
        {
            if (_texts.TryGetValue("Field." + known, out var label))
            {
                return Format("Error.Field", path, label);
            }
        }

        return path;
    }

    private const string RetroPrefix = "RETRO_";

    private static string WithoutIndexes(string path)
    {
        var open = path.IndexOf('[', StringComparison.Ordinal);
        if (open < 0)
        {
            return path;
        }

        var sb = new System.Text.StringBuilder(path.Length);
        var depth = 0;
        foreach (var c in path)
        {
            depth += c == '[' ? 1 : 0;
            if (depth == 0)
            {
                sb.Append(c);
            }

            depth -= c == ']' && depth > 0 ? 1 : 0;
        }

        return sb.ToString();
    }
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

    private const string BuiltInTextPrefix = "Text.";

    // English value → this language's value of every Text.* key: built-in data texts are matched by their English value.
    private static FrozenDictionary<string, string> BuiltInTexts(FrozenDictionary<string, string> english, FrozenDictionary<string, string> texts)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in english)
        {
            if (key.StartsWith(BuiltInTextPrefix, StringComparison.Ordinal) && texts.TryGetValue(key, out var text))
            {
                map.TryAdd(value, text);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, string> Read(IStringLocalizer localizer, CultureInfo culture) => HrKit.Localization.ResourceTexts.ReadAll(localizer, culture);
}
