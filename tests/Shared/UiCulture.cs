using System.Globalization;

namespace HrKit.Tests.Shared;

/// <summary>Runs a piece of a test under a UI culture and restores the test's own afterwards, whatever happens; linked into each package's tests.</summary>
internal static class UiCulture
{
    public static T Run<T>(string culture, Func<T> action)
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }
}
