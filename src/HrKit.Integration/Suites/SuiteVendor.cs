namespace HrKit.Integration.Suites;

/// <summary>The vendor of a third-party (suite) app: WeCom 第三方应用 or DingTalk 第三方企业应用.</summary>
public enum SuiteVendor
{
    /// <summary>WeCom (企业微信) third-party app; companies are identified by their corpid.</summary>
    WeCom = 0,

    /// <summary>DingTalk (钉钉) third-party enterprise app; companies are identified by their corpId.</summary>
    DingTalk = 1,
}
