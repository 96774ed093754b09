using System.Globalization;
using System.Text;
using HrKit.Payroll.Localization;
using HrKit.Payroll.Model;
using NodaTime.Text;

namespace HrKit.Payroll.Periods;

/// <summary>
/// A <c>RETRO_&lt;code&gt;</c> line: original, recalculated and delta month by month, the settlements' reasons (the
/// host's words, as given) and, for income tax, why the line is shown only; the words are shown in the reader's language.
/// </summary>
internal sealed class RetroExplanation(IReadOnlyList<RetroLine> lines, IReadOnlyList<string> reasons, decimal? taxWithheldBefore) : LineExplanation
{
    public override LineExplanationKind Kind => LineExplanationKind.Text;

    public override IReadOnlyList<KeyValuePair<string, decimal>> Figures =>
        [.. lines.SelectMany(l => new KeyValuePair<string, decimal>[] { new("original " + YearMonthPattern.Iso.Format(l.Month), l.Original), new("recalculated " + YearMonthPattern.Iso.Format(l.Month), l.Recalculated) })];

    public override string ToString() => Describe(PayrollLocalizer.English);

    internal override string Describe(PayrollLocalizer texts)
    {
        var text = new StringBuilder();
        foreach (var l in lines)
        {
            text.Append(texts.Format("Explain.Retro.Month", YearMonthPattern.Iso.Format(l.Month), N2(l.Original), N2(l.Recalculated),
                l.Delta.ToString("+#,##0.00;-#,##0.00;0.00", CultureInfo.InvariantCulture)));
        }

        text.Append(texts.Format("Explain.Retro.Reason", string.Join(" / ", reasons)));
        if (taxWithheldBefore is { } withheld)
        {
            text.Append(texts.Format("Explain.Retro.WageTax", N2(withheld)));
        }

        return text.ToString();
    }

    private static string N2(decimal value) => value.ToString("N2", CultureInfo.InvariantCulture);
}
