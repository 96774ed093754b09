using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Model;

namespace HrKit.Payroll.Tests.Jurisdictions.China;

public sealed class LeavePolicyLoaderTests
{
    [Fact]
    public void ChinaStandard_Loads_WithStatutoryDefaults()
    {
        var policy = LeavePolicy.ChinaStandard;

        Assert.Equal(21.75m, policy.MonthlyPayDays);
        Assert.Equal(0.8m, policy.SickPayMinimumWageShare);
        Assert.Equal(OvertimeBasis.Approved, policy.Overtime);
        Assert.Equal(7, policy.Rules.Count);
        Assert.Equal(new LeavePayRule(LeaveType.Sick, LeavePayMode.Percentage, 0.6m), policy.Rules[LeaveType.Sick]);
        Assert.Equal(LeavePayMode.Unpaid, policy.Rules[LeaveType.Personal].Mode);
        Assert.Equal(LeavePayMode.MaternityTopUp, policy.Rules[LeaveType.Maternity].Mode);
    }

    [Fact]
    public void Load_EveryProblem_ListedByPath()
    {
        const string json = """
            {
              "overtime": "sometimes",
              "monthlyPayDays": 40,
              "leave": {
                "annual": { "pay": "full" },
                "sick": { "pay": "percentage", "rate": 60 },
                "personal": { "pay": "unpaid", "rate": 0.5 },
                "marriage": { "pay": "maternityTopUp" },
                "vacation": { "pay": "full" },
                "maternity": { "pay": "maternityTopUp" },
                "workInjury": { }
              }
            }
            """;

        var ex = Assert.Throws<PayrollDataException>(() => LeavePolicyLoader.Load(json, "mine.json"));

        Assert.StartsWith("mine.json: the leave policy is invalid:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("$.overtime: 'sometimes' is not a basis", ex.Message, StringComparison.Ordinal);
        Assert.Contains("$.monthlyPayDays: 40 must be a number between 1 and 31", ex.Message, StringComparison.Ordinal);
        Assert.Contains("$.leave.sick.rate: 60 must be a number between 0 and 1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("$.leave.personal.rate: only a \"percentage\" rule has a rate", ex.Message, StringComparison.Ordinal);
        Assert.Contains("$.leave.marriage.pay: maternityTopUp applies to maternity leave only", ex.Message, StringComparison.Ordinal);
        Assert.Contains("$.leave.vacation: unknown leave type", ex.Message, StringComparison.Ordinal);
        Assert.Contains("$.leave.workInjury.pay: required", ex.Message, StringComparison.Ordinal);
        Assert.Contains("$.leave.bereavement: missing", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MalformedJson_NamesLine()
    {
        var ex = Assert.Throws<PayrollDataException>(() => LeavePolicyLoader.Load("{\n \"leave\": [ }", "bad.json"));
        Assert.StartsWith("bad.json: line 2: malformed JSON", ex.Message, StringComparison.Ordinal);
    }
}
