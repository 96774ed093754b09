using System.Text.Json;
using HrKit.Payroll.Jurisdictions;

namespace HrKit.Payroll.Tests.Jurisdictions.Template;

/// <summary>The template pack's input extension: the record's <c>jurisdictionInput</c> object.</summary>
public sealed class TemplateInput : JurisdictionInput
{
    /// <summary>Exempt from income tax (a treaty exemption, say); contributions still apply.</summary>
    public bool TaxExempt { get; init; }

    /// <inheritdoc />
    public override void WriteTo(Utf8JsonWriter writer) =>
        JsonSerializer.Serialize(writer, this, TemplateJsonContext.Default.TemplateInput);
}
