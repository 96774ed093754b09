namespace HrKit.Migration.Localization;

/// <summary>
/// The resource type of HrKit.Migration's messages (refusals and row rejects) in English (neutral) and Simplified
/// Chinese (<c>zh-CN</c>): <c>Resources/Localization/MigrationStrings.resx</c>.
/// </summary>
internal sealed class MigrationStrings
{
    private MigrationStrings()
    {
    }
}
