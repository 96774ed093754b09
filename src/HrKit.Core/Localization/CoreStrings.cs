namespace HrKit.Localization;

/// <summary>
/// The resource type of HrKit.Core's messages (encryption and audit-log refusals) in English (neutral) and Simplified
/// Chinese (<c>zh-CN</c>): <c>Resources/Localization/CoreStrings.resx</c>.
/// </summary>
internal sealed class CoreStrings
{
    private CoreStrings()
    {
    }
}
