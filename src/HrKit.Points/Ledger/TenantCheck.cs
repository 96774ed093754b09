using HrKit.Configuration;
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
            return LocalisedOptionsResult.Fail(PointsText.Of("Options.TenantId", options, PointsBounds.MaxIdLength, LedgerTenant.Default));
        }
    }
}
