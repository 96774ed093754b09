using System.Text.Json;

namespace HrKit.Payroll.Jurisdictions.UnitedKingdom;

/// <summary>
/// What a UK employee-month adds to the neutral input (<c>jurisdictionInput</c> in JSON): the PAYE tax code and basis,
/// the National Insurance category letter and the pay frequency. Checked by <see cref="UnitedKingdomPack.Validate"/>.
/// </summary>
/// <example>
/// <code>
/// { "taxCode": "S1257L", "week1Month1": false, "niCategory": "A", "payFrequency": "monthly" }
/// </code>
/// </example>
public sealed class UnitedKingdomInput : JurisdictionInput
{
    // Setters coalesce null: System.Text.Json's source generator assigns every init-only property, absent or not.
    /// <summary>The PAYE tax code HMRC issued (e.g. <c>1257L</c>, <c>S1257L</c>, <c>K475</c>, <c>BR</c>); required.</summary>
    public string TaxCode { get; init => field = value ?? ""; } = "";

    /// <summary>Operate the code on the week 1/month 1 (non-cumulative) basis; also set by a <c>W1</c>, <c>M1</c> or <c>X</c> suffix on the code.</summary>
    public bool Week1Month1 { get; init; }

    /// <summary>The National Insurance category letter (<c>A</c>, <c>B</c>, <c>C</c>, <c>H</c>, <c>J</c>, <c>M</c>, <c>X</c>, <c>Z</c>…). Default <c>A</c>.</summary>
    public string NiCategory { get; init => field = value ?? "A"; } = "A";

    /// <summary>Monthly (the default: the record is the tax month of its period) or weekly (the record is one tax week, <see cref="TaxWeek"/>).</summary>
    public UkPayFrequency PayFrequency { get; init; }

    /// <summary>The tax week (1–54 or 56) a weekly record pays; required for weekly pay, refused for monthly.</summary>
    public int? TaxWeek { get; init; }

    /// <inheritdoc />
    public override void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("taxCode", TaxCode);
        if (Week1Month1)
        {
            writer.WriteBoolean("week1Month1", true);
        }

        writer.WriteString("niCategory", NiCategory);
        writer.WriteString("payFrequency", PayFrequency == UkPayFrequency.Weekly ? "weekly" : "monthly");
        if (TaxWeek is { } week)
        {
            writer.WriteNumber("taxWeek", week);
        }

        writer.WriteEndObject();
    }
}
