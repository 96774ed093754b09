using HrKit.Payroll.Serialization;
using HrKit.Payroll.Localization;
using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;

namespace HrKit.Payroll.Jurisdictions.UnitedKingdom;

/// <summary>
/// The UK tax years HrKit knows, read from JSON (the built-in file is <c>Jurisdictions/UnitedKingdom/Data/uk-parameters.json</c>;
/// format in docs/jurisdictions.md). Every figure carries its source. Loading reports every problem at once with file
/// and JSON path, e.g. <c>uk.json: $.taxYears[0].nationalInsurance.monthly.pt: required.</c>, and nothing is half-loaded.
/// </summary>
public sealed class UkParameters
{
    private static readonly Lazy<UkParameters> BuiltInParameters = new(LoadBuiltIn);

    private UkParameters(ImmutableArray<UkTaxYearParameters> taxYears) => TaxYears = taxYears;

    /// <summary>The parameters shipped with HrKit (tax years 2024-25 and 2025-26).</summary>
    public static UkParameters BuiltIn => BuiltInParameters.Value;

    /// <summary>The tax years, oldest first.</summary>
    public ImmutableArray<UkTaxYearParameters> TaxYears { get; }

    /// <summary>The tax year that contains <paramref name="payDate"/>.</summary>
    /// <exception cref="PayrollInputException">No tax year covers the date; the field is <c>payDate</c>.</exception>
    public UkTaxYearParameters ForDate(LocalDate payDate)
    {
        foreach (var year in TaxYears)
        {
            if (year.Contains(payDate))
            {
                return year;
            }
        }

        throw new PayrollInputException("?", "payDate",
            new LocalText("Error.GB.PayDateUnknown", payDate, string.Join(", ", TaxYears.Select(y => y.TaxYear))));
    }

    /// <summary>Largest file read (1 MiB); the built-in file, two tax years, is about 12 KB.</summary>
    public const int MaxFileBytes = 1 << 20;

    /// <summary>Parses parameters from UTF-8 JSON; <paramref name="fileName"/> names the file in errors.</summary>
    /// <exception cref="PayrollDataException">
    /// The JSON is malformed, larger than <see cref="MaxFileBytes"/> or nested deeper than <see cref="PayrollLimits.MaxJsonDepth"/>,
    /// or a value is missing or out of range; the message lists every problem with its JSON path.
    /// </exception>
    public static UkParameters Load(Stream json, string fileName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(fileName);
        UkParametersFileDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(ReadBounded(json, fileName), UkParametersJsonContext.Default.UkParametersFileDto);
        }
        catch (JsonException ex)
        {
            throw new PayrollDataException(new LocalText("Error.GB.ParametersJson", fileName, ex.Path ?? "$", ex.LineNumber + 1, LocalisedJsonException.ProblemOf(ex)), ex);
        }

        var reader = new UkParametersReader(fileName);
        var years = reader.Read(dto ?? new UkParametersFileDto());
        if (reader.Errors.Count > 0)
        {
            throw new PayrollDataException(LocalText.Lines(reader.Errors));
        }

        return new UkParameters([.. years]);
    }

    private static byte[] ReadBounded(Stream json, string fileName)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16_384];
        try
        {
            int read;
            while ((read = json.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > MaxFileBytes)
                {
                    throw new PayrollDataException(new LocalText("Error.GB.ParametersTooLarge", fileName, MaxFileBytes));
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (IOException ex)
        {
            throw new PayrollDataException(new LocalText("Error.GB.ParametersUnreadable", fileName, ex.Message), ex);
        }

        return buffer.ToArray();
    }

    private static UkParameters LoadBuiltIn()
    {
        const string resource = "HrKit.Payroll.Jurisdictions.UnitedKingdom.Data.uk-parameters.json";
        using var stream = typeof(UkParameters).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"HrKit.Payroll has no embedded resource {resource}.");
        return Load(stream, "uk-parameters.json");
    }
}
