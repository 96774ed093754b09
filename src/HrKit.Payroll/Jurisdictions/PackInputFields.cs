using System.Globalization;
using System.Text.Json;
using HrKit.Payroll.Localization;
using NodaTime;
using NodaTime.Text;

namespace HrKit.Payroll.Jurisdictions;

// Reads the optional fields of a pack's jurisdictionInput object; a wrong field is a PayrollInputException whose field
// is its path, e.g. "jurisdictionInput.dateOfBirth". Unknown fields are refused, so a misspelt name is not ignored.
internal readonly struct PackInputFields
{
    private readonly JsonElement _json;
    private readonly string _employeeId;

    public PackInputFields(JsonElement json, string employeeId, params ReadOnlySpan<string> known)
    {
        _json = json;
        _employeeId = employeeId;
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw new PayrollInputException(employeeId, "jurisdictionInput", new LocalText("Error.Input.JsonObject"));
        }

        foreach (var property in json.EnumerateObject())
        {
            if (known.Length > 0 && !known.Contains(property.Name))
            {
                throw new PayrollInputException(employeeId, "jurisdictionInput." + property.Name, new LocalText("Error.Input.NotAPackField", string.Join(", ", known.ToArray())));
            }
        }
    }

    public LocalDate? Date(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        var parsed = value.ValueKind == JsonValueKind.String ? LocalDatePattern.Iso.Parse(value.GetString()!) : null;
        return parsed is { Success: true } ? parsed.Value : throw Error(name, new LocalText("Error.Input.Pack.Date", value.GetRawText()));
    }

    public bool Boolean(string name) =>
        TryGet(name, out var value) && (value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : throw Error(name, new LocalText("Error.Input.Pack.Boolean", value.GetRawText())));

    public int Int(string name, int min, int max)
    {
        if (!TryGet(name, out var value))
        {
            return 0;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= min && number <= max
            ? number
            : throw Error(name, new LocalText("Error.Input.Pack.WholeNumber", value.GetRawText(), min, max));
    }

    public decimal Amount(string name) => OptionalAmount(name) ?? 0m;

    public decimal? OptionalAmount(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number) && number >= 0m && number <= PayrollLimits.MaxAmount
            ? number
            : throw Error(name, new LocalText("Error.Input.Pack.Amount", value.GetRawText(), PayrollLimits.MaxAmount.ToString(CultureInfo.InvariantCulture)));
    }

    public TEnum Enum<TEnum>(string name, TEnum fallback, params ReadOnlySpan<(string Text, TEnum Value)> values)
        where TEnum : struct, System.Enum
    {
        if (!TryGet(name, out var value))
        {
            return fallback;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        foreach (var (t, v) in values)
        {
            if (string.Equals(t, text, StringComparison.OrdinalIgnoreCase))
            {
                return v;
            }
        }

        var names = new List<string>();
        foreach (var (t, _) in values)
        {
            names.Add(t);
        }

        throw Error(name, new LocalText("Error.Input.Pack.OneOf", value.GetRawText(), string.Join(", ", names)));
    }

    private bool TryGet(string name, out JsonElement value) =>
        _json.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;

    private PayrollInputException Error(string name, LocalText problem) => new(_employeeId, "jurisdictionInput." + name, problem);
}
