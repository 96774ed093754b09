using HrKit.Localization;

namespace HrKit.Points.Localization;

/// <summary>Makes HrKit.Points' messages: a key of <c>PointsStrings.resx</c> with its arguments, rendered when shown.</summary>
internal static class PointsText
{
    /// <summary>The message <paramref name="key"/> with <paramref name="arguments"/> for its <c>{0}</c>, <c>{1}</c>….</summary>
    public static LocalMessage Of(string key, params object?[] arguments) => new(typeof(PointsStrings), key, arguments);
}
