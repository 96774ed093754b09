using HrKit.Payroll.Jurisdictions.China;

namespace HrKit.Cli.Output.Contributions;

/// <summary>Where a schedule's or an item's figures come from, in <c>payroll contributions --format json</c>.</summary>
internal sealed record ContributionSourceJson(string Notice, string Issuer, string Url, string Confidence, string Note)
{
    public static ContributionSourceJson From(ContributionSource s) => new(s.Notice, s.Issuer, s.Url, ContributionWords.Camel(s.Confidence), s.Note);
}
