using System.Globalization;

namespace HrKit.Cli.CommandLine;

/// <summary>
/// The language of hrkit's output: <c>--lang</c>, else the system's. hrkit runs in invariant-globalization mode, where
/// .NET ignores the locale, so the system's language is read from LC_ALL, LC_MESSAGES or LANG (zh_CN.UTF-8 → zh-CN).
/// </summary>
internal static class CliCulture
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    /// <summary>Whether <paramref name="lang"/> is a value <c>--lang</c> accepts.</summary>
    public static bool IsKnown(string lang) =>
        string.Equals(lang, Chinese, StringComparison.OrdinalIgnoreCase) || string.Equals(lang, English, StringComparison.OrdinalIgnoreCase);

    /// <summary>The culture named by <c>--lang</c> (zh-CN or en).</summary>
    public static CultureInfo Named(string lang) =>
        string.Equals(lang, Chinese, StringComparison.OrdinalIgnoreCase) ? CultureInfo.GetCultureInfo(Chinese) : CultureInfo.InvariantCulture;

    /// <summary>The culture of the system's locale variables; null when they name none or a language hrkit has no texts for.</summary>
    public static CultureInfo? FromEnvironment()
    {
        foreach (var variable in new[] { "LC_ALL", "LC_MESSAGES", "LANG" })
        {
            var value = Environment.GetEnvironmentVariable(variable);
            if (!string.IsNullOrEmpty(value))
            {
                return value.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? CultureInfo.GetCultureInfo(Chinese) : null;
            }
        }

        return null;
    }
}
