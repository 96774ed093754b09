namespace HrKit.Points.Localization;

/// <summary>
/// The resource type of HrKit.Points' messages (errors, policy problems, event rejections) in English (neutral) and
/// Simplified Chinese (<c>zh-CN</c>): <c>Resources/Localization/PointsStrings.resx</c>.
/// </summary>
internal sealed class PointsStrings
{
    private PointsStrings()
    {
    }
}
