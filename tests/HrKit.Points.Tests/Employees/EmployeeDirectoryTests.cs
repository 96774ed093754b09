using HrKit.Points.Employees;
using HrKit.Points.Engine;
using HrKit.Points.Ledger;
using HrKit.Points.Policies;
using HrKit.Points.Tests.Support;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Points.Tests.Employees;

/// <summary>Issue 14: employee attributes from a host-supplied directory, read as emp.*.</summary>
public sealed class EmployeeDirectoryTests
{
    private const string TenurePolicy =
        """
        { "WorkflowName": "T", "Rules": [
          { "RuleName": "RdVeteran", "Expression": "e.Type == \"checkIn\" && emp.department == \"R&D\" && emp.tenureYears >= 3", "Properties": { "points": 5 } },
          { "RuleName": "SeniorGrade", "Expression": "e.Type == \"checkIn\" && emp.grade.StartsWith(\"P7\")", "Properties": { "points": 1 } },
          { "RuleName": "Anniversary", "Expression": "emp.hireDate.Month == 6 && emp.hireDate.Day == 2", "Properties": { "points": 7 } } ] }
        """;

    private sealed class CountingDirectory(Dictionary<string, EmployeeProfile> profiles) : IEmployeeDirectory
    {
        public List<IReadOnlyCollection<string>> Calls { get; } = [];

        public ValueTask<IReadOnlyDictionary<string, EmployeeProfile>> GetProfilesAsync(IReadOnlyCollection<string> employeeIds, CancellationToken cancellationToken)
        {
            Calls.Add([.. employeeIds]);
            return ValueTask.FromResult<IReadOnlyDictionary<string, EmployeeProfile>>(profiles.Where(p => employeeIds.Contains(p.Key)).ToDictionary());
        }
    }

    private sealed class FailingDirectory : IEmployeeDirectory
    {
        public ValueTask<IReadOnlyDictionary<string, EmployeeProfile>> GetProfilesAsync(IReadOnlyCollection<string> employeeIds, CancellationToken cancellationToken) =>
            throw new TimeoutException("HR master data did not answer");
    }

    private static PointsService Service(IEmployeeDirectory? directory, string policy = TenurePolicy) =>
        new(new StaticPointsPolicySource(PointsPolicyLoader.Parse(policy)), PointsLedgerStores.InMemory(new FakeClock(TestData.Monday9am)), Options.Create(new PointsOptions()), directory: directory);

    [Fact]
    public async Task ProcessBatchAsync_TenureFromHireDateToLocalEventDate_WholeYears()
    {
        // Monday 2025-06-02 09:00 Shanghai. Hired 2022-06-02: 3 years that day; hired 2022-06-03: 2 years (one day short).
        var directory = new CountingDirectory(new()
        {
            ["A"] = new("R&D", "P7-1", new LocalDate(2022, 6, 2)),
            ["B"] = new("R&D", "P6", new LocalDate(2022, 6, 3)),
            ["C"] = new("Sales", "P7", new LocalDate(2010, 1, 1)),
        });
        var service = Service(directory);

        var result = await service.ProcessBatchAsync(
            [TestData.Event("a", "A", "checkIn"), TestData.Event("b", "B", "checkIn"), TestData.Event("c", "C", "checkIn"), TestData.Event("a2", "A", "other")]);

        Assert.Equal(["a:RdVeteran:5", "a:SeniorGrade:1", "a:Anniversary:7", "c:SeniorGrade:1", "a2:Anniversary:7"],
            result.Posted.Select(p => $"{p.SourceId}:{p.RuleName}:{p.Points}"));
        var call = Assert.Single(directory.Calls);
        Assert.Equal(["A", "B", "C"], call.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ProcessBatchAsync_EmployeeNotInDirectory_EventRejectedNamingEmployeeId()
    {
        var service = Service(new CountingDirectory(new() { ["A"] = new("R&D", "P7", new LocalDate(2020, 1, 1)) }));

        var result = await service.ProcessBatchAsync([TestData.Event("a", "A", "checkIn"), TestData.Event("z", "Ghost", "checkIn")]);

        var rejected = Assert.Single(result.Rejected);
        Assert.Equal((1, "z", "employeeId"), (rejected.Index, rejected.EventId, rejected.Field));
        Assert.Contains("'Ghost' is not in the employee directory", rejected.Reason, StringComparison.Ordinal);
        Assert.All(result.Posted, p => Assert.Equal("a", p.SourceId));
    }

    [Fact]
    public async Task ProcessBatchAsync_PolicyReadsEmpWithoutDirectory_EveryEventRejectedSayingHowToFix()
    {
        var result = await Service(null).ProcessBatchAsync([TestData.Event("a", "A", "checkIn")]);

        Assert.Contains("IEmployeeDirectory", Assert.Single(result.Rejected).Reason, StringComparison.Ordinal);
        Assert.Empty(result.Posted);
    }

    [Fact]
    public async Task ProcessBatchAsync_PolicyWithoutEmp_DirectoryNeverAsked()
    {
        var directory = new CountingDirectory([]);
        var service = Service(directory, PolicyJson.OneRule("e.Type == \"checkIn\""));

        var result = await service.ProcessBatchAsync([TestData.Event("a", "Ghost", "checkIn")]);

        Assert.Single(result.Posted);
        Assert.Empty(directory.Calls);
    }

    [Fact]
    public async Task ProcessBatchAsync_DirectoryThrows_DirectoryExceptionAndNothingRecorded()
    {
        var service = Service(new FailingDirectory());

        var ex = await Assert.ThrowsAsync<EmployeeDirectoryException>(() => service.ProcessBatchAsync([TestData.Event("a", "A", "checkIn")]));

        Assert.Equal("PointsDirectoryFailed", ex.ErrorCode);
        Assert.Contains("HR master data did not answer", ex.Message, StringComparison.Ordinal);
        Assert.Empty(await service.Store.GetBalancesAsync("A"));
    }

    [Theory]
    [InlineData("emp.dept == \"R&D\"", "emp.department")]
    [InlineData("emp.Department == \"R&D\"", "emp.tenureYears")]
    public void Parse_UnknownEmployeeField_ErrorListsTheFields(string expression, string hint)
    {
        var error = Assert.Single(Assert.Throws<PointsPolicyException>(() => PointsPolicyLoader.Parse(PolicyJson.OneRule(expression))).Errors);

        Assert.Equal("Expression", error.Field);
        Assert.Contains(hint, error.Message, StringComparison.Ordinal);
    }
}
