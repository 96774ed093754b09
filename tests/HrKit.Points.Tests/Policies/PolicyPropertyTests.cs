using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HrKit.Points.Policies;
using HrKit.Points.Tests.Support;

namespace HrKit.Points.Tests.Policies;

/// <summary>
/// Issue 10: whatever a policy file holds, loading it gives a policy or a <see cref="PointsPolicyException"/> — never
/// another exception, never a crash. An unexpected exception escapes the property and fails it with the input.
/// </summary>
public sealed class PolicyPropertyTests
{
    [Property(MaxTest = 300)]
    public Property Parse_AnyPolicyDocument_PolicyOrPointsPolicyException() => Prop.ForAll(HostileGen.PolicyJson().ToArbitrary(), json =>
    {
        try
        {
            var policy = PointsPolicyLoader.Parse(json);
            return policy.Rules.All(r => PointsBounds.IsPostingAmount(r.Points) && r.Name.Length <= PointsBounds.MaxRuleNameLength);
        }
        catch (PointsPolicyException ex)
        {
            return ex.Errors.Count > 0 && ex.Errors.All(e => e.Message.Length > 0);
        }
    });

    [Property(MaxTest = 300)]
    public Property Parse_AnyConditionOrPointsExpression_PolicyOrErrorNamingTheRuleAndField() => Prop.ForAll(
        HostileGen.AnyExpression().ToArbitrary(),
        Gen.Elements(true, false).ToArbitrary(),
        (expression, asPoints) =>
        {
            var json = asPoints ? PolicyJson.PointsExpression(expression, name: "Fuzz") : PolicyJson.OneRule(expression, name: "Fuzz");
            try
            {
                PointsPolicyLoader.Parse(json);
                return true;
            }
            catch (PointsPolicyException ex)
            {
                var field = asPoints ? "Properties.points" : "Expression";
                return ex.Errors.All(e => e.RuleName == "Fuzz" && e.Field == field) || ex.Errors.All(e => e.RuleName is null);
            }
        });
}
