using System.Text.Json;
using HrKit.Payroll.Localization;
using NodaTime;
using NodaTime.Text;

namespace HrKit.Payroll.Jurisdictions.Singapore;

/// <summary>
/// What the Singapore pack reads beyond the neutral fields, as the record's <c>jurisdictionInput</c> object:
/// <c>{ "dateOfBirth": "1990-05-01", "residency": "permanentResident", "sprStart": "2025-03-15",
/// "sprRateOption": "graduatedGraduated", "ordinaryWagesForYear": 88800 }</c>. <c>dateOfBirth</c> and
/// <c>residency</c> are required; <c>sprStart</c> for a permanent resident. Additional Wages (bonus, leave pay paid
/// at intervals) are the record's <c>annualBonus</c>; everything else in gross pay is Ordinary Wages.
/// </summary>
public sealed class SingaporeInput : JurisdictionInput
{
    /// <summary>Date of birth: picks the CPF age group of each month.</summary>
    public required LocalDate DateOfBirth { get; init; }

    /// <summary>Citizen, permanent resident, or foreigner (no CPF; SDL only).</summary>
    public required CpfResidency Residency { get; init; }

    /// <summary>The date SPR status was granted (Form 5/5A); required for a permanent resident.</summary>
    public LocalDate? SprStart { get; init; }

    /// <summary>The rates a 1st/2nd-year SPR contributes at; graduated/graduated by default.</summary>
    public SprRateOption SprRateOption { get; init; }

    /// <summary>The year's total Ordinary Wages subject to CPF, when known (at year end or when employment ends); null projects it.</summary>
    public decimal? OrdinaryWagesForYear { get; init; }

    private static readonly (string, CpfResidency)[] Residencies =
        [("citizen", CpfResidency.Citizen), ("permanentResident", CpfResidency.PermanentResident), ("foreigner", CpfResidency.Foreigner)];

    private static readonly (string, SprRateOption)[] Options =
        [("graduatedGraduated", SprRateOption.GraduatedGraduated), ("fullEmployerGraduatedEmployee", SprRateOption.FullEmployerGraduatedEmployee), ("fullFull", SprRateOption.FullFull)];

    /// <inheritdoc />
    public override void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("dateOfBirth", LocalDatePattern.Iso.Format(DateOfBirth));
        writer.WriteString("residency", Array.Find(Residencies, r => r.Item2 == Residency).Item1);
        if (SprStart is { } start)
        {
            writer.WriteString("sprStart", LocalDatePattern.Iso.Format(start));
        }

        writer.WriteString("sprRateOption", Array.Find(Options, o => o.Item2 == SprRateOption).Item1);
        if (OrdinaryWagesForYear is { } ow)
        {
            writer.WriteNumber("ordinaryWagesForYear", ow);
        }

        writer.WriteEndObject();
    }

    internal static SingaporeInput Read(JsonElement json, string employeeId)
    {
        var fields = new PackInputFields(json, employeeId, "dateOfBirth", "residency", "sprStart", "sprRateOption", "ordinaryWagesForYear");
        return new SingaporeInput
        {
            DateOfBirth = fields.Date("dateOfBirth")
                ?? throw new PayrollInputException(employeeId, "jurisdictionInput.dateOfBirth", new LocalText("Error.SG.DateOfBirthMissing")),
            Residency = json.TryGetProperty("residency", out _)
                ? fields.Enum("residency", CpfResidency.Citizen, Residencies)
                : throw new PayrollInputException(employeeId, "jurisdictionInput.residency", new LocalText("Error.SG.ResidencyMissing")),
            SprStart = fields.Date("sprStart"),
            SprRateOption = fields.Enum("sprRateOption", SprRateOption.GraduatedGraduated, Options),
            OrdinaryWagesForYear = fields.OptionalAmount("ordinaryWagesForYear"),
        };
    }
}
