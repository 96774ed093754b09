using System.Collections;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace HrKit.Configuration;

/// <summary>
/// Binds an options object from a configuration section (<c>HrKit:Payroll</c>, <c>HrKit:Points</c>,
/// <c>HrKit:Integration</c>) and refuses what the plain binder would drop or misread: a date in a list written
/// <c>2025/10/01</c> (the binder skips list items it cannot convert), a duration that is not <c>d:hh:mm:ss</c>, a key
/// no option has. Every problem is listed in one <see cref="OptionsValidationException"/>, by key and expected format,
/// when the options are first built: at start-up, since every AddHrKitX validates on start. Linked into each package.
/// </summary>
internal static class StrictConfigurationBinder
{
    /// <exception cref="OptionsValidationException">A value is not in its expected format, or a key is not an option.</exception>
    public static void Bind<TOptions>(IConfiguration section, TOptions options)
        where TOptions : class
    {
        var problems = new List<string>();
        CheckNodaValues(section, typeof(TOptions), problems);
        if (problems.Count == 0)
        {
            try
            {
                section.Bind(options, binder => binder.ErrorOnUnknownConfiguration = true);
            }
            catch (InvalidOperationException ex)
            {
                problems.Add($"{ex.Message} Fix the value in section '{PathOf(section)}' (docs list each option and its format).");
            }
        }

        if (problems.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(TOptions), problems);
        }
    }

    // NodaTime values are checked against their ISO patterns first, so the message can say what to write.
    private static void CheckNodaValues(IConfiguration section, Type type, List<string> problems)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var child = section.GetSection(property.Name);
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (propertyType == typeof(LocalDate))
            {
                CheckDate(child, problems);
            }
            else if (propertyType == typeof(Duration))
            {
                CheckDuration(child, problems);
            }
            else if (typeof(IEnumerable<LocalDate>).IsAssignableFrom(propertyType))
            {
                foreach (var item in child.GetChildren())
                {
                    CheckDate(item, problems);
                }
            }
            else if (propertyType.IsClass && propertyType != typeof(string) && !typeof(IEnumerable).IsAssignableFrom(propertyType)
                && propertyType.Namespace?.StartsWith("HrKit.", StringComparison.Ordinal) == true)
            {
                CheckNodaValues(child, propertyType, problems);
            }
        }
    }

    private static void CheckDate(IConfigurationSection value, List<string> problems)
    {
        if (value.Value is { } text && !LocalDatePattern.Iso.Parse(text).Success)
        {
            problems.Add($"{value.Path} is '{text}', which is not a date: write yyyy-MM-dd, e.g. 2025-10-01.");
        }
    }

    private static void CheckDuration(IConfigurationSection value, List<string> problems)
    {
        if (value.Value is { } text && !DurationPattern.Roundtrip.Parse(text).Success)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture,
                $"{value.Path} is '{text}', which is not a duration: write d:hh:mm:ss, e.g. 0:00:05:00 for five minutes."));
        }
    }

    private static string PathOf(IConfiguration section) => section is IConfigurationSection s ? s.Path : "(root)";
}
