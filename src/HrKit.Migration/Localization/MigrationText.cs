using HrKit.Localization;

namespace HrKit.Migration.Localization;

/// <summary>Makes HrKit.Migration's messages: a key of <c>MigrationStrings.resx</c> with its arguments, rendered when shown.</summary>
internal static class MigrationText
{
    /// <summary>The message <paramref name="key"/> with <paramref name="arguments"/> for its <c>{0}</c>, <c>{1}</c>….</summary>
    public static LocalMessage Of(string key, params object?[] arguments) => new(typeof(MigrationStrings), key, arguments);
}
