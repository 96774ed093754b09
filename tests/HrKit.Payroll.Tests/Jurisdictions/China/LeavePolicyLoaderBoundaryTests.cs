using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Model;

namespace HrKit.Payroll.Tests.Jurisdictions.China;

/// <summary>
/// A host's own leave policy file: every number at each end of its range (accepted) and one step past (refused with the
/// documented line), every refusal of the file's shape, and what a loaded rule carries. Each policy here is parsed in
/// the test, not taken from the built-in one (loaded once per process).
/// </summary>
public sealed class LeavePolicyLoaderBoundaryTests
{
    private const string Rules = """
        "leave": {
          "annual": { "pay": "full" },
          "sick": { "pay": "percentage", "rate": 1 },
          "personal": { "pay": "unpaid" },
          "marriage": { "pay": "full" },
          "bereavement": { "pay": "full" },
          "maternity": { "pay": "maternityTopUp" },
          "workInjury": { "pay": "percentage", "rate": 0 },
        }
        """;

    private static LeavePolicy Load(string head) => LeavePolicyLoader.Load("{ " + head + Rules + " }", "mine.json");

    private static string Problems(string json) =>
        Assert.Throws<PayrollDataException>(() => LeavePolicyLoader.Load(json, "mine.json")).Message;

    [Fact]
    public void Load_EveryFieldAtTheLowerEnd_KeptAsWritten()
    {
        // Comments and a trailing comma (inside Rules) are allowed in a policy file.
        var policy = Load("""/* ours */ "name": "Mine", "monthlyPayDays": 1, "sickPayMinimumWageShare": 0, "overtime": "clocked", """);

        Assert.Equal(("Mine", 1m, 0m, OvertimeBasis.Clocked), (policy.Name, policy.MonthlyPayDays, policy.SickPayMinimumWageShare, policy.Overtime));
        Assert.Equal(new LeavePayRule(LeaveType.Annual, LeavePayMode.Full, 1m), policy.Rules[LeaveType.Annual]);
        Assert.Equal(new LeavePayRule(LeaveType.Personal, LeavePayMode.Unpaid, 0m), policy.Rules[LeaveType.Personal]);
        Assert.Equal(new LeavePayRule(LeaveType.Maternity, LeavePayMode.MaternityTopUp, 1m), policy.Rules[LeaveType.Maternity]);
        Assert.Equal(new LeavePayRule(LeaveType.Sick, LeavePayMode.Percentage, 1m), policy.Rules[LeaveType.Sick]);
        Assert.Equal(new LeavePayRule(LeaveType.WorkInjury, LeavePayMode.Percentage, 0m), policy.Rules[LeaveType.WorkInjury]);
    }

    [Fact]
    public void Load_UpperEndsAndDefaults_NameEmptyAndTheStatutoryFigures()
    {
        var upper = Load(""" "monthlyPayDays": 31, "sickPayMinimumWageShare": 1, "overtime": "approved", """);
        var defaults = Load("");

        Assert.Equal(("", 31m, 1m, OvertimeBasis.Approved), (upper.Name, upper.MonthlyPayDays, upper.SickPayMinimumWageShare, upper.Overtime));
        Assert.Equal((21.75m, 0.8m, OvertimeBasis.Approved), (defaults.MonthlyPayDays, defaults.SickPayMinimumWageShare, defaults.Overtime));
    }

    [Theory]
    [InlineData("\"monthlyPayDays\": 0.99,", "$.monthlyPayDays: 0.99 must be a number between 1 and 31.")]
    [InlineData("\"monthlyPayDays\": 31.01,", "$.monthlyPayDays: 31.01 must be a number between 1 and 31.")]
    [InlineData("\"monthlyPayDays\": \"21.75\",", "$.monthlyPayDays: 21.75 must be a number between 1 and 31.")]
    [InlineData("\"sickPayMinimumWageShare\": -0.01,", "$.sickPayMinimumWageShare: -0.01 must be a number between 0 and 1.")]
    [InlineData("\"sickPayMinimumWageShare\": 1.01,", "$.sickPayMinimumWageShare: 1.01 must be a number between 0 and 1.")]
    [InlineData("\"overtime\": 1,", "$.overtime: '1' is not a basis; use \"approved\" or \"clocked\".")]
    [InlineData("\"name\": 5,", "$.name: 5 is not a text; give the policy's name in quotes, e.g. \"My company leave\".")]
    [InlineData("\"nme\": \"Mine\",", "$.nme: unknown field; the fields are name, monthlyPayDays, sickPayMinimumWageShare, overtime and leave.")]
    public void Load_OneFieldWrong_TheWholeMessage(string head, string problem) =>
        Assert.Equal("mine.json: the leave policy is invalid:" + Environment.NewLine + "  " + problem, Problems("{ " + head + Rules + " }"));

    [Theory]
    [InlineData("-0.01")]
    [InlineData("1.01")]
    public void Load_RateOutsideZeroToOne_Refused(string rate) =>
        Assert.Equal(
            "mine.json: the leave policy is invalid:" + Environment.NewLine + $"  $.leave.sick.rate: {rate} must be a number between 0 and 1.",
            Problems("{ " + Rules.Replace("\"rate\": 1 }", $"\"rate\": {rate} }}", StringComparison.Ordinal) + " }"));

    [Fact]
    public void Load_NotAnObjectOrNoLeave_RefusedSayingWhatIsNeeded()
    {
        var heading = "mine.json: the leave policy is invalid:" + Environment.NewLine + "  ";

        Assert.Equal(heading + "$: must be an object with \"name\", \"monthlyPayDays\", \"sickPayMinimumWageShare\", \"overtime\" and \"leave\".", Problems("[]"));
        Assert.Equal(heading + "$.leave: required, an object with a rule per leave type (annual, sick, personal, marriage, bereavement, maternity, workInjury).", Problems("{ \"name\": \"x\" }"));
        Assert.Equal(heading + "$.leave: required, an object with a rule per leave type (annual, sick, personal, marriage, bereavement, maternity, workInjury).", Problems("{ \"leave\": [] }"));
    }

    [Fact]
    public void Load_UnknownTypeBesideAMissingOne_BothNamedAndTheTypesListedInOrder()
    {
        // "vacation" is no type: it must not stand in for the missing annual rule.
        var message = Problems("{ " + Rules.Replace("\"annual\"", "\"vacation\"", StringComparison.Ordinal) + " }");

        Assert.Equal(
            string.Join(Environment.NewLine,
                "mine.json: the leave policy is invalid:",
                "  $.leave.vacation: unknown leave type; use annual, bereavement, marriage, maternity, personal, sick, workInjury.",
                "  $.leave.annual: missing; every leave type needs a rule, e.g. { \"pay\": \"full\" }."),
            message);
    }

    [Fact]
    public void Load_ARuleWithoutPayOrRate_NamedOnceAndNotAlsoMissing()
    {
        var noPay = Problems("{ " + Rules.Replace("\"workInjury\": { \"pay\": \"percentage\", \"rate\": 0 }", "\"workInjury\": { }", StringComparison.Ordinal) + " }");
        var noRate = Problems("{ " + Rules.Replace("\"percentage\", \"rate\": 1 }", "\"percentage\" }", StringComparison.Ordinal) + " }");

        Assert.Equal(
            "mine.json: the leave policy is invalid:" + Environment.NewLine + "  $.leave.workInjury.pay: required, one of full, maternityTopUp, percentage, unpaid.",
            noPay);
        Assert.Equal(
            "mine.json: the leave policy is invalid:" + Environment.NewLine + "  $.leave.sick.rate: required for a percentage rule, a share between 0 and 1 (0.6 = 60 %).",
            noRate);
    }

    [Fact]
    public void Load_SizeBound_64KiBCharactersAcceptedOneMoreRefused()
    {
        var json = "{ " + Rules + " }";
        var atBound = json + new string(' ', 64 * 1024 - json.Length);

        Assert.Equal(7, LeavePolicyLoader.Load(atBound, "mine.json").Rules.Count);
        Assert.Equal("mine.json: larger than 65536 characters; a leave policy needs about 1 000.", Problems(atBound + " "));
    }

    [Fact]
    public void Load_NullArguments_ThrowArgumentNull()
    {
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => LeavePolicyLoader.Load(null!, "mine.json")).ParamName);
        Assert.Equal("file", Assert.Throws<ArgumentNullException>(() => LeavePolicyLoader.Load("{ " + Rules + " }", null!)).ParamName);
    }
}
