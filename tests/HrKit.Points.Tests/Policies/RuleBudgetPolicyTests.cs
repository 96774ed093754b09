using HrKit.Points.Policies;

namespace HrKit.Points.Tests.Policies;

/// <summary>Issue 14: <c>Properties.dailyBudget</c> / <c>monthlyBudget</c> are read, bounded and refused by name.</summary>
public sealed class RuleBudgetPolicyTests
{
    private static string Rule(string properties) =>
        $$"""{ "WorkflowName": "T", "Rules": [ { "RuleName": "Share", "Expression": "true", "Properties": { {{properties}} } } ] }""";

    private static PolicyError SingleError(string json) =>
        Assert.Single(Assert.Throws<PointsPolicyException>(() => PointsPolicyLoader.Parse(json)).Errors);

    [Theory]
    [InlineData("\"dailyBudget\": 500", CapPeriod.Day, 500L)]
    [InlineData("\"monthlyBudget\": 1000000000000000", CapPeriod.Month, 1_000_000_000_000_000L)]
    [InlineData("\"monthlyBudget\": 1", CapPeriod.Month, 1L)]
    public void Parse_Budget_ReadIntoTheRule(string budget, CapPeriod period, long limit)
    {
        var rule = PointsPolicyLoader.Parse(Rule("\"points\": 2, " + budget)).Rules.Single();

        Assert.Equal(new RuleBudget(period, limit), rule.Budget);
        Assert.Null(rule.Cap);
    }

    [Fact]
    public void Parse_CapAndBudgetOnOneRule_BothKept()
    {
        var rule = PointsPolicyLoader.Parse(Rule("\"points\": 2, \"dailyCap\": 6, \"monthlyBudget\": 5000")).Rules.Single();

        Assert.Equal((new RuleCap(CapPeriod.Day, 6), new RuleBudget(CapPeriod.Month, 5000)), (rule.Cap, rule.Budget));
    }

    [Fact]
    public void Parse_NoBudget_RuleHasNone()
    {
        Assert.Null(PointsPolicyLoader.Parse(Rule("\"points\": 2")).Rules.Single().Budget);
    }

    [Theory]
    [InlineData("\"dailyBudget\": 0", "Properties.dailyBudget")]
    [InlineData("\"dailyBudget\": -5", "Properties.dailyBudget")]
    [InlineData("\"dailyBudget\": 2.5", "Properties.dailyBudget")]
    [InlineData("\"dailyBudget\": \"100\"", "Properties.dailyBudget")]
    [InlineData("\"monthlyBudget\": 1000000000000001", "Properties.monthlyBudget")]
    [InlineData("\"monthlyBudget\": null", "Properties.monthlyBudget")]
    public void Parse_BudgetOutOfBoundsOrNotAWholeNumber_RejectedNamingRuleAndProperty(string budget, string field)
    {
        var error = SingleError(Rule("\"points\": 2, " + budget));

        Assert.Equal(("Share", field), (error.RuleName, error.Field));
        Assert.Contains("from 1 to 1,000,000,000,000,000 (PointsBounds.MaxBalance)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DailyAndMonthlyBudget_RejectedAsOnlyOneAllowed()
    {
        var error = SingleError(Rule("\"points\": 2, \"dailyBudget\": 10, \"monthlyBudget\": 100"));

        Assert.Equal(("Share", "Properties.monthlyBudget"), (error.RuleName, error.Field));
        Assert.Contains("at most one budget", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dailyBudget")]
    [InlineData("monthlyBudget")]
    public void Parse_BudgetOnPenalty_RejectedNamingTheProperty(string property)
    {
        var error = SingleError(Rule($"\"points\": -3, \"{property}\": 10"));

        Assert.Equal(("Share", "Properties." + property), (error.RuleName, error.Field));
        Assert.Contains("penalty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MisspeltBudget_RejectedListingTheBudgetProperties()
    {
        var error = SingleError(Rule("\"points\": 2, \"dailybudget\": 10"));

        Assert.Equal(("Share", "Properties.dailybudget"), (error.RuleName, error.Field));
        Assert.Contains("dailyBudget, monthlyBudget", error.Message, StringComparison.Ordinal);
    }
}
