using HrKit.Payroll.Localization;
using HrKit.Payroll.Model;

namespace HrKit.Payroll.Engine.Explanations;

/// <summary>
/// A line explained by a fixed text; the engine's texts are static instances, so they cost nothing per payslip. A
/// built-in text is a resource key, shown in the reader's language (English by default); a host's text is shown as given.
/// </summary>
internal sealed class TextExplanation : LineExplanation
{
    private readonly string? _text;
    private readonly string? _key;

    public TextExplanation(string text) => _text = text;

    private TextExplanation(string? text, string key)
    {
        _text = text;
        _key = key;
    }

    /// <summary>A built-in text, by its key in <c>PayrollStrings.resx</c>.</summary>
    public static TextExplanation FromResource(string key) => new(null, key);

    public override LineExplanationKind Kind => LineExplanationKind.Text;

    public override IReadOnlyList<KeyValuePair<string, decimal>> Figures => [];

    public override string ToString() => _text ?? PayrollLocalizer.English[_key!];

    internal override string Describe(PayrollLocalizer texts) => _key is null ? ToString() : texts[_key];
}
