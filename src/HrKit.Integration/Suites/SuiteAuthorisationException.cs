using HrKit.Integration.Localization;
using HrKit.Localization;

namespace HrKit.Integration.Suites;

/// <summary>
/// A suite call cannot be made: no suite ticket has been pushed yet, the company never authorised the app, or it
/// cancelled the authorisation (possibly in the middle of a sync). The message names the vendor, the company and the
/// fix; <see cref="HrKitException.Target"/>'s record is the corp id.
/// </summary>
public sealed class SuiteAuthorisationException : IntegrationException
{
    /// <summary>The <see cref="HrKitException.ErrorCode"/>: the suite lacks a ticket or the company its authorisation.</summary>
    public const string NotAuthorisedCode = "SuiteNotAuthorised";

    /// <summary>Creates the exception.</summary>
    /// <param name="vendor">The vendor.</param>
    /// <param name="corpId">The company, or null when the suite itself lacks a ticket.</param>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="inner">The vendor's refusal, when there was one.</param>
    public SuiteAuthorisationException(SuiteVendor vendor, string? corpId, string message, Exception? inner = null)
        : base(message, NotAuthorisedCode, corpId is null ? null : new HrKitErrorTarget(Record: corpId), inner)
    {
        Vendor = vendor;
        CorpId = corpId;
    }

    // A built-in message: Message is its English rendering, GetMessage(culture) renders it in the user's language.
    internal SuiteAuthorisationException(SuiteVendor vendor, string? corpId, LocalMessage text, Exception? inner = null)
        : base(text, NotAuthorisedCode, corpId is null ? null : new HrKitErrorTarget(Record: corpId), inner)
    {
        Vendor = vendor;
        CorpId = corpId;
    }

    /// <summary>Creates the exception.</summary>
    public SuiteAuthorisationException() : this(SuiteVendor.WeCom, null, "The suite app is not authorised.") { }

    /// <summary>Creates the exception.</summary>
    public SuiteAuthorisationException(string message) : this(SuiteVendor.WeCom, null, message) { }

    /// <summary>Creates the exception.</summary>
    public SuiteAuthorisationException(string message, Exception inner) : this(SuiteVendor.WeCom, null, message, inner) { }

    /// <summary>The vendor.</summary>
    public SuiteVendor Vendor { get; }

    /// <summary>The company, or null when the suite itself lacks a ticket.</summary>
    public string? CorpId { get; }

    internal static SuiteAuthorisationException NoTicket(SuiteVendor vendor, string suiteId) => new(vendor, null,
        IntegrationText.Of("Suite.NoTicket", Name(vendor), suiteId));

    internal static SuiteAuthorisationException NotAuthorised(CompanyRef company) => new(company.Vendor, company.CorpId,
        IntegrationText.Of("Suite.NotAuthorised", company.VendorName, company.CorpId));

    internal static SuiteAuthorisationException Cancelled(CompanyRef company, LocalMessage detail, Exception? inner = null) => new(company.Vendor, company.CorpId,
        IntegrationText.Of("Suite.Cancelled", company.VendorName, company.CorpId, detail), inner);

    private static string Name(SuiteVendor vendor) => vendor == SuiteVendor.WeCom ? "wecom" : "dingtalk";
}
