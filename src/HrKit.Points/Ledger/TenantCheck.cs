using System.Globalization;
using HrKit.Points.Localization;
using Microsoft.Extensions.Options;

namespace HrKit.Points.Ledger;

/// <summary>The start-up check of a store options' <c>TenantId</c>, shared by the store packages.</summary>
internal static class TenantCheck
{
    public static ValidateOptionsResult Validate(string options, string? tenantId)
    {
        try
        {
            LedgerTenant.Validate(tenantId!);
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException)
        {
            // In the language of CurrentUICulture, as .NET's own option messages.
            return ValidateOptionsResult.Fail(PointsText.Of("Options.TenantId", options, PointsBounds.MaxIdLength, LedgerTenant.Default).Render(CultureInfo.CurrentUICulture));
        }
    }
}
