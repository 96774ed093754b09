namespace HrKit.Integration.Localization;

/// <summary>
/// The resource type of HrKit.Integration's messages (vendor, suite and outbound failures) in English (neutral) and
/// Simplified Chinese (<c>zh-CN</c>): <c>Resources/Localization/IntegrationStrings.resx</c>.
/// </summary>
internal sealed class IntegrationStrings
{
    private IntegrationStrings()
    {
    }
}
