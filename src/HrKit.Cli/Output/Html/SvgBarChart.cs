using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace HrKit.Cli.Output.Html;

/// <summary>Hand-written SVG charts (no script, no external resource): horizontal bars and vertical columns.</summary>
internal static class SvgBarChart
{
    /// <summary>One bar: its label, its value (sets the length), the text shown after it, and whether it is an alert.</summary>
    public sealed record Bar(string Label, decimal Value, string Text, bool Alert = false);

    private const int LabelWidth = 240, BarArea = 420, TextWidth = 160, RowHeight = 26;

    /// <summary>One row per bar, lengths proportional to the largest absolute value; negative values in grey.</summary>
    public static string Horizontal(string title, IReadOnlyList<Bar> bars)
    {
        if (bars.Count == 0)
        {
            return $"<p class=\"empty\">{HtmlEncode(HtmlReportHeadings.NoData)}</p>";
        }

        var max = bars.Max(b => Math.Abs(b.Value));
        var height = (bars.Count * RowHeight) + 10;
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{LabelWidth + BarArea + TextWidth}\" height=\"{height}\" viewBox=\"0 0 {LabelWidth + BarArea + TextWidth} {height}\">"));
        svg.Append("<title>").Append(HtmlEncode(title)).Append("</title>");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = (i * RowHeight) + 5;
            var length = max == 0 ? 0 : (double)(Math.Abs(bar.Value) / max) * BarArea;
            var fill = bar.Alert ? "#d9534f" : bar.Value < 0 ? "#999999" : "#3b7dd8";
            svg.Append(Invariant($"<text x=\"{LabelWidth - 8}\" y=\"{y + 16}\" text-anchor=\"end\">")).Append(HtmlEncode(Shorten(bar.Label))).Append("</text>");
            svg.Append(Invariant($"<rect x=\"{LabelWidth}\" y=\"{y + 3}\" width=\"{Math.Max(length, 1):0.#}\" height=\"{RowHeight - 8}\" fill=\"{fill}\"/>"));
            svg.Append(Invariant($"<text x=\"{LabelWidth + length + 6:0.#}\" y=\"{y + 16}\">")).Append(HtmlEncode(bar.Text)).Append("</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Vertical columns with their labels under them (the 24 hours of a day).</summary>
    public static string Columns(string title, IReadOnlyList<Bar> bars)
    {
        const int width = 30, area = 180;
        var max = bars.Count == 0 ? 0 : bars.Max(b => Math.Abs(b.Value));
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{(bars.Count * width) + 20}\" height=\"{area + 50}\" viewBox=\"0 0 {(bars.Count * width) + 20} {area + 50}\">"));
        svg.Append("<title>").Append(HtmlEncode(title)).Append("</title>");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var height = max == 0 ? 0 : (double)(Math.Abs(bar.Value) / max) * area;
            var x = 10 + (i * width);
            svg.Append(Invariant($"<rect x=\"{x + 3}\" y=\"{20 + area - height:0.#}\" width=\"{width - 6}\" height=\"{Math.Max(height, 1):0.#}\" fill=\"#5cb85c\"/>"));
            svg.Append(Invariant($"<text x=\"{x + (width / 2)}\" y=\"{area + 36}\" text-anchor=\"middle\">")).Append(HtmlEncode(bar.Label)).Append("</text>");
            svg.Append(Invariant($"<text x=\"{x + (width / 2)}\" y=\"{16 + area - height:0.#}\" text-anchor=\"middle\" class=\"small\">")).Append(HtmlEncode(bar.Text)).Append("</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Shorten(string label) => label.Length > 28 ? label[..27] + "…" : label;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
