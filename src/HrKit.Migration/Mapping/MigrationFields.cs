using System.Collections.Frozen;

namespace HrKit.Migration.Mapping;

/// <summary>
/// The fields a mapping may map for each <see cref="MigrationSourceKind"/>, which of them are required, and which hold
/// personal data (masked in reports unless asked for). The full table: docs/migration.md#fields.
/// </summary>
public static class MigrationFields
{
    /// <summary>Fields holding personal data: national id, bank account, phone.</summary>
    public static FrozenSet<string> Personal { get; } = FrozenSet.Create(StringComparer.Ordinal, "nationalId", "bankAccount", "phone");

    /// <summary>Every field of <paramref name="kind"/>, required ones first.</summary>
    public static IReadOnlyList<string> Of(MigrationSourceKind kind) => kind switch
    {
        MigrationSourceKind.Roster => ["employeeId", "name", "department", "nationalId", "bankAccount", "phone", "hireDate", "terminationDate", "jurisdiction", "city"],
        MigrationSourceKind.OpeningYearToDate => ["employeeId", "throughMonth", "income", "taxWithheld", "taxFreeIncome", "basicDeduction", "specialDeductions", "specialAdditionalDeductions", "otherDeductions", "taxableIncome"],
        MigrationSourceKind.Payslips => ["employeeId", "month", "grossPay", "netPay", "employeeContributions", "wageTax", "bonusTax", "postTaxDeductions", "employerContributions"],
        MigrationSourceKind.PointsBalances => ["employeeId", "category", "points"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The fields of <paramref name="kind"/> a mapping must map.</summary>
    public static IReadOnlyList<string> Required(MigrationSourceKind kind) => kind switch
    {
        MigrationSourceKind.Roster => ["employeeId", "name"],
        MigrationSourceKind.OpeningYearToDate => ["employeeId", "throughMonth", "income", "taxWithheld"],
        MigrationSourceKind.Payslips => ["employeeId", "month", "grossPay", "netPay"],
        MigrationSourceKind.PointsBalances => ["employeeId", "category", "points"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
