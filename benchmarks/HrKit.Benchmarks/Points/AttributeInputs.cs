using System.Text.Json;
using HrKit.Points.Employees;
using HrKit.Points.Engine;
using HrKit.Points.Model;
using NodaTime;
using RulesEngine.Models;

namespace HrKit.Benchmarks.Points;

/// <summary>
/// The employee directory of the attribute benchmark, and the same facts as RulesEngine input objects: RulesEngine
/// reads <c>e.channel</c> and <c>emp.department</c> as properties of the objects it is given.
/// </summary>
internal static class AttributeInputs
{
    private static readonly string[] Departments = ["R&D", "Sales", "HR", "Finance"];

    /// <summary>One profile per benchmark employee (E0000001…E0005000).</summary>
    public static IReadOnlyDictionary<string, EmployeeProfile> Profiles { get; } = Enumerable.Range(1, 5_000).ToDictionary(
        i => $"E{i:D7}",
        i => new EmployeeProfile(Departments[i % Departments.Length], $"P{5 + (i % 4)}", new LocalDate(2015 + (i % 10), 1 + (i % 12), 1 + (i % 28))));

    private static readonly JsonElement[] Channels = [JsonSerializer.SerializeToElement("wecom"), JsonSerializer.SerializeToElement("web"), JsonSerializer.SerializeToElement("email")];
    private static readonly JsonElement[] Flags = [JsonSerializer.SerializeToElement(true), JsonSerializer.SerializeToElement(false)];

    /// <summary>A deterministic attribute bag for event number <paramref name="i"/>.</summary>
    public static Dictionary<string, JsonElement> For(Random random) => new(StringComparer.Ordinal)
    {
        ["channel"] = Channels[random.Next(Channels.Length)],
        ["trainingWeek"] = Flags[random.Next(Flags.Length)],
    };

    /// <summary>RulesEngine's inputs for one event: e with the built-in fields the policy reads plus the attributes, and emp.</summary>
    public static RuleParameter[] RulesEngineInputs(PointsEvent e, EventFacts facts)
    {
        var profile = Profiles[e.EmployeeId];
        var tenure = Period.Between(profile.HireDate, facts.Local.Date, PeriodUnits.Years).Years;
        var attributes = e.Attributes!;
        return
        [
            new RuleParameter("e", new AttributedEvent(facts.Type, facts.Hour, facts.Score, attributes["channel"].GetString()!, attributes["trainingWeek"].GetBoolean())),
            new RuleParameter("emp", new EmployeeInput(profile.Department, tenure)),
        ];
    }

    /// <summary>What RulesEngine sees as e.</summary>
    public sealed record AttributedEvent(string Type, int Hour, decimal Score, string channel, bool trainingWeek);

    /// <summary>What RulesEngine sees as emp.</summary>
    public sealed record EmployeeInput(string department, int tenureYears);
}
