namespace HrKit.Localization;

/// <summary>Makes HrKit.Core's messages: a key of <c>CoreStrings.resx</c> with its arguments, rendered when shown.</summary>
internal static class CoreText
{
    /// <summary>The message <paramref name="key"/> with <paramref name="arguments"/> for its <c>{0}</c>, <c>{1}</c>….</summary>
    public static LocalMessage Of(string key, params object?[] arguments) => new(typeof(CoreStrings), key, arguments);
}
