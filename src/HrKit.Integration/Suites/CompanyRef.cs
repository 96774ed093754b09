namespace HrKit.Integration.Suites;

/// <summary>One company that authorised the suite app; every company-scoped call takes one.</summary>
/// <param name="Vendor">The vendor the company uses.</param>
/// <param name="CorpId">The company's corp id at that vendor.</param>
public sealed record CompanyRef(SuiteVendor Vendor, string CorpId)
{
    /// <summary>The vendor's name as it appears in reports and errors: <c>wecom</c> or <c>dingtalk</c>.</summary>
    public string VendorName => Vendor == SuiteVendor.WeCom ? "wecom" : "dingtalk";

    /// <inheritdoc />
    public override string ToString() => VendorName + ":" + CorpId;
}
