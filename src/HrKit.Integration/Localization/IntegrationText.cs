using HrKit.Localization;

namespace HrKit.Integration.Localization;

/// <summary>Makes HrKit.Integration's messages: a key of <c>IntegrationStrings.resx</c> with its arguments, rendered when shown.</summary>
internal static class IntegrationText
{
    /// <summary>The message <paramref name="key"/> with <paramref name="arguments"/> for its <c>{0}</c>, <c>{1}</c>….</summary>
    public static LocalMessage Of(string key, params object?[] arguments) => new(typeof(IntegrationStrings), key, arguments);
}
