namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>Where a schedule's or an item's figures come from, and whether they were confirmed.</summary>
/// <param name="Notice">The notice's title and number, e.g. 沪人社规〔2025〕… or a report's title.</param>
/// <param name="Issuer">The issuing bureau, e.g. 上海市人力资源和社会保障局.</param>
/// <param name="Url">Where the notice (or the report quoting it) was read; empty when none.</param>
/// <param name="Confidence">Whether a published source states the figures.</param>
/// <param name="Note">Why the figures are unconfirmed, or how they were cross-checked; empty when nothing to add.</param>
public sealed record ContributionSource(
    string Notice,
    string Issuer,
    string Url,
    ContributionConfidence Confidence,
    string Note)
{
    /// <summary>A source that names nothing: unconfirmed.</summary>
    public static ContributionSource Unknown { get; } = new("", "", "", ContributionConfidence.Unconfirmed, "no source given");

    /// <summary>One line for explanations and reports: notice, issuer, URL and the confidence mark.</summary>
    public override string ToString()
    {
        var parts = new[] { Notice, Issuer, Url }.Where(p => !string.IsNullOrWhiteSpace(p));
        var mark = Confidence == ContributionConfidence.Confirmed ? "confirmed" : "unconfirmed";
        var text = string.Join("; ", parts);
        return text.Length == 0 ? mark : $"{text} ({mark})";
    }
}
