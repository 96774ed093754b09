namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>
/// China mainland's individual income tax parameters as data: the embedded <c>china-parameters.json</c>, each value
/// dated and citing its law. The tax tables (<see cref="TaxTable"/>) and deductions (<see cref="CumulativeWithholding"/>)
/// are built from it, so the file is the one place the figures live.
/// </summary>
internal static class ChinaParameters
{
    private const string Resource = "HrKit.Payroll.Jurisdictions.China.Data.china-parameters.json";

    public const string MonthlyBasicDeduction = "iit.basicDeduction.monthly";

    public const string AnnualBasicDeduction = "iit.basicDeduction.annual";

    public const string AnnualTable = "iit.comprehensiveIncome.annual";

    public const string MonthlyConvertedTable = "iit.comprehensiveIncome.monthlyConverted";

    public const string LabourRemunerationTable = "iit.labourRemuneration.prepayment";

    private static readonly Lazy<ParameterSet> BuiltInSet = new(() => ParameterSetLoader.LoadEmbedded(typeof(ChinaParameters).Assembly, Resource));

    /// <summary>The built-in set.</summary>
    /// <exception cref="PayrollDataException">The embedded file is missing or invalid (a build defect, caught by the tests).</exception>
    public static ParameterSet BuiltIn => BuiltInSet.Value;
}
