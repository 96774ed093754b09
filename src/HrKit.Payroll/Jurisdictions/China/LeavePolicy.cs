using System.Collections.Frozen;
using HrKit.Payroll.Model;

namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>
/// How leave and overtime are paid: a rule per leave type, the sick-pay floor and the overtime basis. Loaded and
/// validated once (<see cref="LeavePolicyLoader"/>); immutable. The built-in policy is
/// <c>Jurisdictions/China/Data/china-leave-policy.json</c> (print it with <see cref="LeavePolicyLoader.ChinaStandardJson"/>).
/// </summary>
public sealed class LeavePolicy
{
    internal LeavePolicy(string name, decimal monthlyPayDays, decimal sickPayMinimumWageShare, OvertimeBasis overtime, FrozenDictionary<LeaveType, LeavePayRule> rules)
    {
        Name = name;
        MonthlyPayDays = monthlyPayDays;
        SickPayMinimumWageShare = sickPayMinimumWageShare;
        Overtime = overtime;
        Rules = rules;
    }

    /// <summary>The built-in China mainland policy: sick leave at 60 %, personal leave unpaid, other leave paid, overtime as approved.</summary>
    public static LeavePolicy ChinaStandard => Standard.Value;

    private static readonly Lazy<LeavePolicy> Standard = new(() => LeavePolicyLoader.Load(LeavePolicyLoader.ChinaStandardJson(), "china-leave-policy.json"));

    /// <summary>The policy's name.</summary>
    public string Name { get; }

    /// <summary>Days a monthly wage is divided by to give the daily wage (21.75, 劳社部发〔2008〕3号).</summary>
    public decimal MonthlyPayDays { get; }

    /// <summary>Sick pay is never below this share of the local monthly minimum wage, prorated to the days (0.8).</summary>
    public decimal SickPayMinimumWageShare { get; }

    /// <summary>Whether clocked or approved overtime hours are paid.</summary>
    public OvertimeBasis Overtime { get; }

    /// <summary>The rule of every leave type.</summary>
    public FrozenDictionary<LeaveType, LeavePayRule> Rules { get; }
}
