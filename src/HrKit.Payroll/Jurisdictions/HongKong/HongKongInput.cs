using System.Text.Json;
using HrKit.Payroll.Localization;
using NodaTime;
using NodaTime.Text;

namespace HrKit.Payroll.Jurisdictions.HongKong;

/// <summary>
/// What the Hong Kong SAR pack reads beyond the neutral fields, as the record's <c>jurisdictionInput</c> object:
/// <c>{ "employmentStart": "2025-06-05", "marriedPersonAllowance": true, "children": 2, "childrenBornInYear": 0,
/// "singleParentAllowance": false, "otherAnnualDeductions": 3000 }</c>; every field is optional.
/// </summary>
public sealed class HongKongInput : JurisdictionInput
{
    /// <summary>No fields: employed before the year, basic allowance only.</summary>
    public static HongKongInput None { get; } = new();

    /// <summary>First day of employment; the MPF contribution holiday applies to the first 30 days and the incomplete period after. Null when long employed.</summary>
    public LocalDate? EmploymentStart { get; init; }

    /// <summary>Claims the married person's allowance in the salaries tax estimate.</summary>
    public bool MarriedPersonAllowance { get; init; }

    /// <summary>Children claimed for the child allowance (0 to 9).</summary>
    public int Children { get; init; }

    /// <summary>Of those, children born in the year of assessment.</summary>
    public int ChildrenBornInYear { get; init; }

    /// <summary>Claims the single parent allowance.</summary>
    public bool SingleParentAllowance { get; init; }

    /// <summary>Other deductions for the year (donations, self-education …), already within their caps, in HK$.</summary>
    public decimal OtherAnnualDeductions { get; init; }

    /// <inheritdoc />
    public override void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        if (EmploymentStart is { } start)
        {
            writer.WriteString("employmentStart", LocalDatePattern.Iso.Format(start));
        }

        writer.WriteBoolean("marriedPersonAllowance", MarriedPersonAllowance);
        writer.WriteNumber("children", Children);
        writer.WriteNumber("childrenBornInYear", ChildrenBornInYear);
        writer.WriteBoolean("singleParentAllowance", SingleParentAllowance);
        writer.WriteNumber("otherAnnualDeductions", OtherAnnualDeductions);
        writer.WriteEndObject();
    }

    internal static HongKongInput Read(JsonElement json, string employeeId)
    {
        var fields = new PackInputFields(json, employeeId, "employmentStart", "marriedPersonAllowance", "children", "childrenBornInYear", "singleParentAllowance", "otherAnnualDeductions");
        return new HongKongInput
        {
            EmploymentStart = fields.Date("employmentStart"),
            MarriedPersonAllowance = fields.Boolean("marriedPersonAllowance"),
            Children = fields.Int("children", 0, SalariesTaxCalculator.MaxChildren),
            ChildrenBornInYear = fields.Int("childrenBornInYear", 0, SalariesTaxCalculator.MaxChildren),
            SingleParentAllowance = fields.Boolean("singleParentAllowance"),
            OtherAnnualDeductions = fields.Amount("otherAnnualDeductions"),
        }.Checked(employeeId);
    }

    internal HongKongInput Checked(string employeeId)
    {
        if (Children is < 0 or > SalariesTaxCalculator.MaxChildren)
        {
            throw new PayrollInputException(employeeId, "jurisdictionInput.children", new LocalText("Error.HK.Between", Children, SalariesTaxCalculator.MaxChildren));
        }

        if (ChildrenBornInYear < 0 || ChildrenBornInYear > Children)
        {
            throw new PayrollInputException(employeeId, "jurisdictionInput.childrenBornInYear", new LocalText("Error.HK.ChildrenBornInYear", ChildrenBornInYear, Children));
        }

        if (OtherAnnualDeductions < 0m || OtherAnnualDeductions > PayrollLimits.MaxAmount)
        {
            throw new PayrollInputException(employeeId, "jurisdictionInput.otherAnnualDeductions", new LocalText("Error.HK.Between", OtherAnnualDeductions, PayrollLimits.MaxAmount));
        }

        return this;
    }
}
