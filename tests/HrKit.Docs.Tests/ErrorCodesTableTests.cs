using System.Reflection;
using HrKit.Integration;
using HrKit.Payroll;
using HrKit.Points;
using HrKit.Points.Ledger;

namespace HrKit.Docs.Tests;

/// <summary>Issue 19: one exception family, every code in the one table of docs/errors.md.</summary>
public sealed class ErrorCodesTableTests
{
    private static readonly Assembly[] Packages = [typeof(HrKitException).Assembly, typeof(PayrollException).Assembly, typeof(PointsException).Assembly, typeof(IntegrationException).Assembly, typeof(Migration.MigrationException).Assembly];

    private static readonly string Table = File.ReadAllText(Path.Combine(DocSnippets.RepositoryRoot, "docs", "errors.md"));

    public static TheoryData<string> Codes() => [.. AllCodes()];

    private static List<string> AllCodes()
    {
        // Codes are the string constants of the exception types (Code, RefusedCode, …) and one per ledger refusal.
        var constants = Packages.SelectMany(a => a.GetExportedTypes())
            .Where(t => typeof(HrKitException).IsAssignableFrom(t))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string) && f.Name.EndsWith("Code", StringComparison.Ordinal))
            .Select(f => (string)f.GetRawConstantValue()!);
        var ledger = Enum.GetValues<PointsLedgerError>().Select(PointsLedgerException.CodeOf);
        return constants.Concat(ledger).Distinct(StringComparer.Ordinal).ToList();
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void ErrorsTable_EveryErrorCode_HasARow(string code)
    {
        Assert.Contains($"| `{code}` |", Table, StringComparison.Ordinal);
    }

    [Fact]
    public void PublicExceptions_OfEveryPackage_DeriveFromHrKitException()
    {
        var outside = Packages.SelectMany(a => a.GetExportedTypes())
            .Where(t => typeof(Exception).IsAssignableFrom(t) && !typeof(HrKitException).IsAssignableFrom(t) && t != typeof(HrKitException))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(outside);
    }

    [Fact]
    public void Codes_FoundByReflection_IncludeEachFamily()
    {
        // Guards the reflection above: an empty list would pass the theory vacuously.
        var codes = AllCodes();

        Assert.Contains(PayrollInputException.Code, codes);
        Assert.Contains(PointsInputException.Code, codes);
        Assert.Contains(Integration.Vendors.VendorApiException.RateLimitedCode, codes);
        Assert.Contains("PointsLedgerInsufficientPoints", codes);
    }
}
