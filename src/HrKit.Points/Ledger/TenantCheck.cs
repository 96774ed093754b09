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
            return ValidateOptionsResult.Fail($"{options}.TenantId: must be 1 to {PointsBounds.MaxIdLength} characters without control characters, e.g. \"{LedgerTenant.Default}\" (the default) or the company's id.");
        }
    }
}
