using HrKit.Integration.Suites.Directory;
using NodaTime;

namespace HrKit.Integration.Suites.Callbacks;

/// <summary>A decrypted suite callback, vendor differences removed.</summary>
/// <param name="Kind">What it says.</param>
/// <param name="SuiteId">The suite it names, when it names one.</param>
/// <param name="Company">The company it concerns, when it concerns one.</param>
/// <param name="Value">The suite ticket, the auth code, or the approval id.</param>
/// <param name="Change">The contacts change, for <see cref="SuiteEventKind.DirectoryChanged"/>.</param>
/// <param name="At">When the vendor says it happened.</param>
internal sealed record SuiteEvent(SuiteEventKind Kind, string? SuiteId, CompanyRef? Company, string? Value, DirectoryChange? Change, Instant At)
{
    public static SuiteEvent Ignored(Instant at) => new(SuiteEventKind.Ignored, null, null, null, null, at);
}
