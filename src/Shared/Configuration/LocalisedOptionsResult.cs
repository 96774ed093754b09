using System.Globalization;
using HrKit.Localization;
using Microsoft.Extensions.Options;

namespace HrKit.Configuration;

/// <summary>
/// An options validator's answer from its problems as messages, rendered when it validates, in the language of
/// <see cref="CultureInfo.CurrentUICulture"/> (zh-CN for a Chinese one, English otherwise), as .NET's own messages
/// are. Rendered once, into a list: <see cref="ValidateOptionsResult.Fail(IEnumerable{string})"/> keeps the sequence it
/// is given, and a lazy one would render again later, in whatever culture the reader then has. Linked into each package.
/// </summary>
internal static class LocalisedOptionsResult
{
    /// <summary>Success without problems; otherwise one failure per problem.</summary>
    public static ValidateOptionsResult Of(IReadOnlyCollection<LocalMessage> problems) =>
        problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail([.. problems.Select(p => p.Render(CultureInfo.CurrentUICulture))]);

    /// <summary>A failure of one problem.</summary>
    public static ValidateOptionsResult Fail(LocalMessage problem) => ValidateOptionsResult.Fail(problem.Render(CultureInfo.CurrentUICulture));
}
