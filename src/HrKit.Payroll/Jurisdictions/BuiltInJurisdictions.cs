using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Jurisdictions.UnitedKingdom;

namespace HrKit.Payroll.Jurisdictions;

/// <summary>The packs shipped in HrKit.Payroll. A new built-in pack adds one line here (and nothing in the engine).</summary>
internal static class BuiltInJurisdictions
{
    public static IEnumerable<JurisdictionPack> Create() =>
    [
        ChinaMainlandPack.BuiltIn,
        UnitedKingdomPack.BuiltIn,
    ];
}
