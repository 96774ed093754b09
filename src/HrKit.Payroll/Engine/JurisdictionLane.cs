using HrKit.Payroll.Jurisdictions;
using HrKit.Payroll.Policies;

namespace HrKit.Payroll.Engine;

/// <summary>
/// How an engine pays one jurisdiction: its pack, the pay policy its employees are paid under, and that policy's
/// parameters resolved to slots once, so the hot path copies them without a dictionary lookup.
/// </summary>
internal sealed class JurisdictionLane
{
    public JurisdictionLane(JurisdictionPack pack, PayPolicy policy)
    {
        Pack = pack;
        Policy = policy;
        ParameterTemplate = new (int, decimal)[policy.Parameters.Count];
        var i = 0;
        foreach (var (name, value) in policy.Parameters)
        {
            ParameterTemplate[i++] = (policy.Symbols[name].Slot, value);
        }
    }

    public JurisdictionPack Pack { get; }

    public PayPolicy Policy { get; }

    public (int Slot, decimal Value)[] ParameterTemplate { get; }
}
