using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Serialization;
using HrKit.Payroll.Tests.Serialization;

namespace HrKit.Payroll.Tests.Jurisdictions.China;

/// <summary>Hostile contribution table files through the public loaders: a table or a PayrollDataException.</summary>
public sealed class HostileContributionPropertyTests
{
    private const string Valid = """
        { "cities": [ { "city": "hangzhou", "name": "杭州", "schedules": [ { "effectiveFrom": "2026-01-01", "effectiveTo": "2026-12-31", "source": "test",
          "items": [ { "code": "PENSION", "name": "养老保险", "employeeRate": 0.08, "employerRate": 0.14, "employeeFixed": 0, "baseFloor": 4462, "baseCeiling": 24930, "rounding": "fen" },
                     { "code": "MEDICAL", "employeeRate": 0.02, "employerRate": 0.095, "employeeFixed": 3, "baseFloor": 4462, "baseCeiling": 24930 } ],
          "housingFund": { "defaultRate": 0.12, "minRate": 0.05, "maxRate": 0.12, "baseFloor": 2490, "baseCeiling": 39390, "rounding": "yuan" } } ] } ] }
        """;

    private static bool LoadsOrIsRejected(Func<ContributionTable> load)
    {
        try
        {
            return load() is not null;
        }
        catch (PayrollDataException ex)
        {
            return ex.Message.Length > 0;
        }
    }

    [Property(MaxTest = 200)]
    public Property Load_MutatedFile_LoadsOrThrowsPayrollDataException() => Prop.ForAll(JsonMutation.Of(Valid).ToArbitrary(), file =>
        LoadsOrIsRejected(() => ContributionTableLoader.Load(new MemoryStream(file))));

    [Property(MaxTest = 50)]
    public Property ReadContributionTableAsync_MutatedFile_LoadsOrThrowsPayrollDataException() => Prop.ForAll(JsonMutation.Of(Valid).ToArbitrary(), file =>
        LoadsOrIsRejected(() => PayrollJson.ReadContributionTableAsync(new AsyncOnlyStream(new MemoryStream(file), 256)).GetAwaiter().GetResult()));
}
