using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HrKit.Cli;

/// <summary>
/// The texts hrkit prints itself (Resources/CliStrings.resx, English and zh-CN), in
/// <see cref="CultureInfo.CurrentUICulture"/>, which <c>--lang</c> sets for the run. Payslip and report texts come
/// from HrKit.Payroll's <c>PayrollLocalizer</c>.
/// </summary>
internal sealed class CliStrings
{
    private static readonly IStringLocalizer Localizer =
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance).Create(typeof(CliStrings));

    private CliStrings()
    {
    }

    /// <summary>The text with key <paramref name="key"/> in the run's language.</summary>
    public static string Get(string key) => Localizer[key];

    /// <summary>The text with key <paramref name="key"/>, its <c>{0}</c>… filled in (invariant number formats).</summary>
    public static string Format(string key, params object?[] arguments) => string.Format(CultureInfo.InvariantCulture, Localizer[key], arguments);

    /// <summary>Whether <paramref name="key"/> has a text.</summary>
    public static bool Has(string key) => !Localizer[key].ResourceNotFound;
}
