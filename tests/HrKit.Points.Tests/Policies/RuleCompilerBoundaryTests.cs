using HrKit.Points.Policies;

namespace HrKit.Points.Tests.Policies;

/// <summary>
/// The rule properties at the edges of what they accept, read through <see cref="PointsPolicyLoader.Parse"/>: the
/// bounds are the documented ones (<see cref="PointsBounds"/>), each tested on both sides.
/// </summary>
public sealed class RuleCompilerBoundaryTests
{
    private static PointsRule Rule(string properties) =>
        Assert.Single(PointsPolicyLoader.Parse($$"""{ "WorkflowName": "T", "Rules": [ { "RuleName": "R", "SuccessEvent": "from success event", "Expression": "true", "Properties": { {{properties}} } } ] }""").Rules);

    private static PolicyError Error(string properties)
    {
        var ex = Assert.Throws<PointsPolicyException>(() => Rule(properties));
        return Assert.Single(ex.Errors);
    }

    [Theory]
    [InlineData("1000000", 1_000_000)]
    [InlineData("-1000000", -1_000_000)]
    [InlineData("\"1000000\"", 1_000_000)]
    [InlineData("\"-1000000\"", -1_000_000)]
    [InlineData("\"+7\"", 7)]
    [InlineData("0", 0)]
    public void Points_WholeNumberWithinTheBound_IsTheRulesFixedAward(string points, long expected)
    {
        var rule = Rule($"\"points\": {points}");

        Assert.Equal(expected, rule.Points);
        Assert.Null(rule.PointsExpression);
    }

    [Theory]
    [InlineData("1000001")]
    [InlineData("-1000001")]
    [InlineData("\"1000001\"")]
    [InlineData("\"-1000001\"")]
    [InlineData("1.5")]
    [InlineData("99999999999999999999")]
    public void Points_OutsideTheBoundOrNotWhole_NamesTheBound(string points)
    {
        var error = Error($"\"points\": {points}");

        Assert.Equal(("R", "Properties.points"), (error.RuleName, error.Field));
        Assert.Contains("between -1,000,000 and 1,000,000 (PointsBounds.MaxPointsPerPosting)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("true", "true")]
    [InlineData("[1]", "array")]
    [InlineData("{}", "object")]
    public void Points_NeitherNumberNorString_SaysWhatItIs(string points, string kind)
    {
        var error = Error($"\"points\": {points}");

        Assert.Equal("Properties.points", error.Field);
        Assert.Contains($"not {kind}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Points_Expression_IsKeptWithItsText()
    {
        var rule = Rule("\"points\": \"e.Minutes >= 120 ? 15 : 10\"");

        Assert.Equal("e.Minutes >= 120 ? 15 : 10", rule.PointsExpression);
        Assert.Equal(0, rule.Points);
    }

    [Theory]
    [InlineData("dailyCap", "1", CapPeriod.Day, 1)]
    [InlineData("monthlyCap", "1000000000000000", CapPeriod.Month, 1_000_000_000_000_000)]
    public void Cap_WithinOneToMaxBalance_IsTheRulesCap(string key, string value, CapPeriod period, long limit)
    {
        var rule = Rule($"\"points\": 2, \"{key}\": {value}");

        Assert.Equal(new RuleCap(period, limit), rule.Cap);
    }

    [Theory]
    [InlineData("dailyCap", "0")]
    [InlineData("monthlyCap", "1000000000000001")]
    [InlineData("dailyCap", "-1")]
    [InlineData("dailyCap", "\"5\"")]
    [InlineData("dailyCap", "2.5")]
    public void Cap_OutsideOneToMaxBalance_NamesTheBound(string key, string value)
    {
        var error = Error($"\"points\": 2, \"{key}\": {value}");

        Assert.Equal("Properties." + key, error.Field);
        Assert.Contains("from 1 to 1,000,000,000,000,000 (PointsBounds.MaxBalance)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cap_DailyAndMonthly_IsRefused()
    {
        var error = Error("\"points\": 2, \"dailyCap\": 6, \"monthlyCap\": 60");

        Assert.Equal("Properties.monthlyCap", error.Field);
    }

    [Fact]
    public void Cap_None_IsNull()
    {
        Assert.Null(Rule("\"points\": 2").Cap);
    }

    [Fact]
    public void Cap_OnAZeroPointRule_IsAllowed()
    {
        // Only a penalty (negative points) may not have a cap.
        Assert.Equal(new RuleCap(CapPeriod.Day, 5), Rule("\"points\": 0, \"dailyCap\": 5").Cap);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("100", 100)]
    [InlineData("0.01", 0.01)]
    public void Multiplier_FromZeroToMaxMultiplier_IsTheRulesFixedMultiplier(string value, double expected)
    {
        Assert.Equal((decimal)expected, Rule($"\"points\": 3, \"multiplier\": {value}").Multiplier);
    }

    [Theory]
    [InlineData("100.01")]
    [InlineData("-0.01")]
    [InlineData("true")]
    public void Multiplier_OutsideZeroToMaxMultiplier_NamesTheBound(string value)
    {
        var error = Error($"\"points\": 3, \"multiplier\": {value}");

        Assert.Equal("Properties.multiplier", error.Field);
        Assert.Contains("from 0 to 100 (PointsBounds.MaxMultiplier)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Multiplier_ExpressionGivingABoolean_IsRefusedAsNotANumber()
    {
        var error = Error("\"points\": 3, \"multiplier\": \"e.Minutes > 3\"");

        Assert.Equal("Properties.multiplier", error.Field);
        Assert.Contains("it gives a Boolean, not a number.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("e.Minutes")] // int
    [InlineData("e.Score")]
    [InlineData("e.Minutes * 1.5")] // double
    public void Multiplier_NumericExpression_IsCompiled(string expression)
    {
        var rule = Rule($"\"points\": 3, \"multiplier\": \"{expression}\"");

        Assert.Null(rule.Multiplier);
        Assert.Equal(expression, rule.MultiplierExpression);
        Assert.NotNull(rule.MultiplierFunc);
    }

    [Fact]
    public void Window_SameDayForFromAndTo_IsAOneDayCampaign()
    {
        var rule = Rule("\"points\": 3, \"validFrom\": \"2025-06-01\", \"validTo\": \"2025-06-01\"");

        Assert.Equal((new NodaTime.LocalDate(2025, 6, 1), new NodaTime.LocalDate(2025, 6, 1)), (rule.ValidFrom, rule.ValidTo));
    }

    [Fact]
    public void Window_ToOneDayBeforeFrom_NamesBothDates()
    {
        var error = Error("\"points\": 3, \"validFrom\": \"2025-06-02\", \"validTo\": \"2025-06-01\"");

        Assert.Equal("Properties.validTo", error.Field);
        Assert.Contains("2025-06-01 is before validFrom 2025-06-02", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Window_NotAString_IsRefused()
    {
        Assert.Equal("Properties.validTo", Error("\"points\": 3, \"validTo\": 20250601").Field);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("learning_2025-h1")]
    [InlineData("abcdefghijabcdefghijabcdefghijabcdefghij")] // 40 characters
    public void Category_LowerCaseNameUpTo40Characters_IsTheRulesCategory(string category)
    {
        Assert.Equal(category, Rule($"\"points\": 1, \"category\": \"{category}\"").Category);
    }

    [Theory]
    [InlineData("\"abcdefghijabcdefghijabcdefghijabcdefghijk\"")] // 41 characters
    [InlineData("\"Learning\"")]
    [InlineData("\"\"")]
    [InlineData("\"a b\"")]
    [InlineData("7")]
    [InlineData("null")]
    public void Category_NotALowerCaseNameUpTo40Characters_IsRefused(string category)
    {
        Assert.Equal("Properties.category", Error($"\"points\": 1, \"category\": {category}").Field);
    }

    [Fact]
    public void Category_Missing_IsGeneral()
    {
        Assert.Equal("general", Rule("\"points\": 1").Category);
    }

    [Fact]
    public void Description_GivenOrMissing_IsItOrTheSuccessEvent()
    {
        Assert.Equal("Shared an article", Rule("\"points\": 1, \"description\": \"Shared an article\"").Description);
        Assert.Equal("from success event", Rule("\"points\": 1").Description);
        Assert.Equal("from success event", Rule("\"points\": 1, \"description\": 5").Description);
    }

    [Fact]
    public void Properties_NameDifferingOnlyInCase_IsUnknownAndListsTheKnownOnes()
    {
        var error = Assert.Throws<PointsPolicyException>(() => Rule("\"points\": 1, \"Category\": \"x\"")).Errors.Single(e => e.Field == "Properties.Category");

        Assert.Contains("known properties are points, category, dailyCap, monthlyCap", error.Message, StringComparison.Ordinal);
    }

    // The Stryker survivors of RuleCompiler (tests/README.md): each error names its property and says what to write.
    [Fact]
    public void DailyCap_OnAPenalty_NamesTheCapAndWhy()
    {
        var error = Error("\"points\": -3, \"dailyCap\": 6");

        Assert.Equal(("R", "Properties.dailyCap"), (error.RuleName, error.Field));
        Assert.Contains("a penalty (negative points) cannot have a cap", error.Message, StringComparison.Ordinal);
    }

    // Zero points is not a penalty: a budget on it is accepted (and never spent).
    [Fact]
    public void DailyBudget_OnAZeroPointRule_IsAccepted()
    {
        var rule = Rule("\"points\": 0, \"dailyBudget\": 10");

        Assert.Equal(0, rule.Points);
        Assert.NotNull(rule.Budget);
    }

    [Fact]
    public void ValidFrom_NotADate_SaysHowToWriteOne()
    {
        var error = Error("\"points\": 1, \"validFrom\": \"June\"");

        Assert.Equal("Properties.validFrom", error.Field);
        Assert.Contains("'June' is not a date; write an ISO date such as \"2025-06-01\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Multiplier_NeitherNumberNorExpression_SaysTheBoundAndAnExample()
    {
        var error = Error("\"points\": 1, \"multiplier\": true");

        Assert.Equal("Properties.multiplier", error.Field);
        Assert.Contains("must be a number from 0 to 100 (PointsBounds.MaxMultiplier), e.g. 2 for double points", error.Message, StringComparison.Ordinal);
    }
}
