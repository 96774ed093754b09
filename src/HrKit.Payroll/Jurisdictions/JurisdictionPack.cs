using HrKit.Payroll.Serialization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using HrKit.Payroll.Engine.Explanations;
using HrKit.Payroll.Localization;
using HrKit.Payroll.Model;
using HrKit.Payroll.Policies;
using NodaTime;

namespace HrKit.Payroll.Jurisdictions;

/// <summary>
/// The labour and tax law of one jurisdiction, beside the jurisdiction-neutral engine core: its statutory items
/// (contributions, withholding, statutory minimums) computed from a month's gross figures and its year-to-date state,
/// its dated parameters as data, its input extension and validation, and its payslip lines with their explanations.
/// The engine runs the pay policy, then hands the pack a <see cref="StatutoryContext"/>; it subtracts what the pack
/// returns (<see cref="StatutoryResult"/>) and post-tax deductions to reach net pay. How to write one:
/// docs/jurisdictions.md. A pack is immutable and thread-safe: one instance pays every employee of its jurisdiction.
/// </summary>
public abstract class JurisdictionPack
{
    /// <summary>Creates a pack.</summary>
    /// <param name="code">The jurisdiction code employees name, ISO 3166-1 alpha-2 where one exists: <c>CN</c>, <c>HK</c>, <c>SG</c>, <c>GB</c>.</param>
    /// <param name="name">The jurisdiction's name for messages, e.g. <c>Hong Kong SAR</c>.</param>
    /// <param name="currency">The ISO 4217 currency of the pack's amounts, e.g. <c>HKD</c>.</param>
    /// <exception cref="ArgumentException">A value is empty, or the code is not 2 to 8 letters, digits or hyphens.</exception>
    protected JurisdictionPack(string code, string name, string currency)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(currency);
        if (code.Length is < 2 or > 8 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new ArgumentException($"'{code}' is not a jurisdiction code; use 2 to 8 ASCII letters, digits or hyphens, e.g. \"HK\" or \"GB-SCT\".", nameof(code));
        }

        Code = code;
        Name = name;
        Currency = currency;
    }

    /// <summary>The code employees name in <see cref="EmployeeMonthInput.Jurisdiction"/> (compared case-insensitively).</summary>
    public string Code { get; }

    /// <summary>The jurisdiction's name.</summary>
    public string Name { get; }

    /// <summary>The ISO 4217 currency of every amount the jurisdiction's employees are paid in.</summary>
    public string Currency { get; }

    /// <summary>
    /// The pay policy used for the jurisdiction's employees when the host sets none (<see cref="Engine.PayrollEngineBuilder.WithPolicy(PayPolicy)"/>):
    /// the statutory earnings of the jurisdiction (e.g. overtime premiums) over base salary and allowances.
    /// </summary>
    public abstract PayPolicy DefaultPolicy { get; }

    /// <summary>The dated statutory parameters the pack computes with, for reports and docs; null when it has none as data.</summary>
    public virtual ParameterSet? Parameters => null;

    /// <summary>
    /// The first month of the tax year that contains <paramref name="period"/>: year-to-date state through an earlier
    /// month is not carried into <paramref name="period"/>. Default: January (a calendar tax year).
    /// </summary>
    public virtual YearMonth TaxYearStart(YearMonth period) => new(period.Year, 1);

    /// <summary>
    /// Reads the record's <c>jurisdictionInput</c> object into the pack's <see cref="JurisdictionInput"/> type (use
    /// <see cref="ReadJson{T}"/>). Default: the pack takes none, and any object is refused.
    /// </summary>
    /// <exception cref="PayrollInputException">The object is not valid for the pack; <see cref="PayrollInputException.Field"/> is its JSON path, starting <c>jurisdictionInput</c>.</exception>
    public virtual JurisdictionInput ReadInput(JsonElement json, string employeeId) =>
        throw new PayrollInputException(employeeId, "jurisdictionInput", new LocalText("Error.Input.NoJurisdictionInput", Code, Name));

    /// <summary>
    /// Checks the employee-month before anything is computed, after the engine's own checks of the
    /// jurisdiction-neutral fields (amounts, dates, attendance): the pack's input, the top-level fields it uses, and
    /// the fields it does not (refuse those, e.g. with <see cref="RejectChinaOnlyFields"/>). Default: refuses China-only fields.
    /// </summary>
    /// <exception cref="PayrollInputException">The record is not valid for the jurisdiction; the exception names the field.</exception>
    public virtual void Validate(EmployeeMonthInput input, JurisdictionInput? jurisdictionInput)
    {
        ArgumentNullException.ThrowIfNull(input);
        RejectChinaOnlyFields(input);
    }

    /// <summary>
    /// Computes the statutory items of one employee-month: contributions, withholding tax, statutory minimums.
    /// Add a line per item with <see cref="StatutoryContext.AddLine(string, string, PayslipLineKind, decimal, LineExplanation)"/>,
    /// and build no explanation when <see cref="StatutoryContext.WantsLines"/> is false (the bulk path).
    /// </summary>
    /// <exception cref="PayrollInputException">The month cannot be paid as given (e.g. no parameter in force); the message names the field and the fix.</exception>
    public abstract StatutoryResult Calculate(in StatutoryContext context);

    // How the ANNUAL_BONUS line explains itself; China mainland names its two tax methods.
    internal virtual TextExplanation AnnualBonusText(EmployeeMonthInput input) => InputTexts.AnnualBonus;

    /// <summary>Reads <paramref name="json"/> with source-generated metadata, turning a JSON error into an input error named by its path under <c>jurisdictionInput</c>.</summary>
    /// <exception cref="PayrollInputException">The JSON does not fit <typeparamref name="T"/>.</exception>
    protected static T ReadJson<T>(JsonElement json, JsonTypeInfo<T> typeInfo, string employeeId)
        where T : JurisdictionInput
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        try
        {
            return json.Deserialize(typeInfo) ?? throw new LocalisedJsonException(new LocalText("Error.Json.NullObject"));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException or FormatException)
        {
            var path = ex is JsonException { Path: { Length: > 1 } p } && p.StartsWith('$') ? p[1..] : "";
            throw ex is LocalisedJsonException own
                ? new PayrollInputException(employeeId, "jurisdictionInput" + path, own.Text)
                : new PayrollInputException(employeeId, "jurisdictionInput" + path, ex.Message);
        }
    }

    /// <summary>
    /// Refuses the fields only China mainland reads (<c>city</c> aside, which a policy formula may read): special
    /// additional deductions, contribution bases, housing fund rate, China's tax year-to-date, the 60 000 flag and
    /// other tax deductions. Naming them for another jurisdiction is a mistake the engine must not pay through.
    /// </summary>
    /// <exception cref="PayrollInputException">One of them is set; the exception names it.</exception>
    protected void RejectChinaOnlyFields(EmployeeMonthInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var field =
            input.SpecialAdditionalDeductions.Total != 0 ? "specialAdditionalDeductions"
            : input.SocialInsuranceBase is not null ? "socialInsuranceBase"
            : input.HousingFundBase is not null ? "housingFundBase"
            : input.HousingFundRate is not null ? "housingFundRate"
            : input.YearToDate is not null ? "yearToDate"
            : input.PriorYearIncomeAtMost60000 ? "priorYearIncomeAtMost60000"
            : input.OtherTaxDeductions != 0 ? "otherTaxDeductions"
            : input.AnnualBonusTaxMethod != AnnualBonusTaxMethod.Separate ? "annualBonusTaxMethod"
            : null;
        if (field is not null)
        {
            throw new PayrollInputException(input.EmployeeId, field,
                new LocalText("Error.Input.ChinaOnlyField", Code, Name));
        }
    }
}
