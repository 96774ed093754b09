using HrKit.Payroll.Localization;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Policies.Formulas;
using HrKit.Payroll.Serialization;

namespace HrKit.Payroll.Policies;

/// <summary>
/// Loads a pay policy from JSON (format: docs/payroll-policy.md), checks everything up front and compiles it.
/// Unknown names, type errors, duplicate codes and cycles between components are all reported together in one
/// <see cref="PayPolicyException"/>, each naming the component and the field.
/// </summary>
public static partial class PayPolicyLoader
{
    private const string ChinaStandardResource = "HrKit.Payroll.Jurisdictions.China.Data.china-standard-policy.json";

    /// <summary>Loads and compiles a policy from UTF-8 JSON.</summary>
    /// <param name="json">The policy document.</param>
    /// <param name="sourceName">A name for messages, e.g. the file name.</param>
    /// <exception cref="PayPolicyException">The policy is malformed or invalid.</exception>
    public static PayPolicy Load(Stream json, string sourceName = "policy")
    {
        ArgumentNullException.ThrowIfNull(json);
        PayPolicyDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(json, PayrollJsonContext.Default.PayPolicyDto);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? new LocalText("Error.Policy.At", line + 1, ex.BytePositionInLine + 1) : new LocalText("Error.Policy.AtUnknown");
            throw new PayPolicyException(sourceName, [PayPolicyError.Of("json", ex.Path ?? "$", new LocalText("Error.Policy.MalformedJson", where, LocalisedJsonException.ProblemOf(ex)))]);
        }

        return dto is null
            ? throw new PayPolicyException(sourceName, [PayPolicyError.Of("json", "$", new LocalText("Error.Policy.Empty"))])
            : Compile(dto, sourceName);
    }

    /// <summary>
    /// The asynchronous form of <see cref="Load"/>: reads the stream with <c>ReadAsync</c> only (at most
    /// <see cref="PayrollLimits.MaxReferenceFileBytes"/>), then compiles it the same way.
    /// </summary>
    /// <exception cref="PayPolicyException">The policy is too large, malformed or invalid.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<PayPolicy> LoadAsync(Stream json, string sourceName = "policy", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(json);
        var copy = await BoundedCopy.ReadAsync(json, PayrollLimits.MaxReferenceFileBytes, cancellationToken).ConfigureAwait(false)
            ?? throw new PayPolicyException(sourceName, [PayPolicyError.Of("json", "$",
                new LocalText("Error.Policy.TooLarge", PayrollLimits.MaxReferenceFileBytes))]);
        await using (copy.ConfigureAwait(false))
        {
            return Load(copy, sourceName);
        }
    }

    /// <summary>Loads and compiles a policy file asynchronously.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="PayPolicyException">The policy is too large, malformed or invalid.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static async Task<PayPolicy> LoadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            return await LoadAsync(stream, Path.GetFileName(path), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Loads and compiles a policy from a JSON string.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="PayPolicyException">The policy is too large, malformed or invalid; the message names <paramref name="sourceName"/> and the rule or field.</exception>
    public static PayPolicy Parse(string json, string sourceName = "policy")
    {
        ArgumentNullException.ThrowIfNull(json);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return Load(stream, sourceName);
    }

    /// <summary>Loads and compiles a policy file.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="PayPolicyException">The policy is too large, malformed or invalid.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static PayPolicy LoadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.OpenRead(path);
        return Load(stream, Path.GetFileName(path));
    }

    internal static PayPolicy LoadChinaStandard()
    {
        using var stream = typeof(PayPolicyLoader).Assembly.GetManifestResourceStream(ChinaStandardResource)
            ?? throw new InvalidOperationException($"Embedded resource {ChinaStandardResource} is missing from HrKit.Payroll."); // a broken build, not user data
        return Load(stream, "china-standard-policy.json");
    }

    /// <summary>The JSON of the built-in China standard policy, as a starting point for a company's own.</summary>
    public static string ChinaStandardJson()
    {
        using var stream = typeof(PayPolicyLoader).Assembly.GetManifestResourceStream(ChinaStandardResource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex("^[A-Z][A-Z0-9_]*$")]
    private static partial Regex ComponentCode();

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex LowerName();

    private static PayPolicy Compile(PayPolicyDto dto, string sourceName)
    {
        var errors = new List<PayPolicyError>();
        var name = string.IsNullOrWhiteSpace(dto.Name) ? sourceName : dto.Name;
        var symbols = new Dictionary<string, FormulaSymbol>(StringComparer.Ordinal);
        var owner = new Dictionary<string, LocalText>(StringComparer.Ordinal);
        var slot = 0;
        foreach (var n in BuiltInVariables.Numbers)
        {
            symbols[n] = new FormulaSymbol(FormulaType.Number, slot++);
            owner[n] = BuiltInInput;
        }

        for (var t = 0; t < BuiltInVariables.Texts.Length; t++)
        {
            symbols[BuiltInVariables.Texts[t]] = new FormulaSymbol(FormulaType.Text, t);
            owner[BuiltInVariables.Texts[t]] = BuiltInInput;
        }

        bool Declare(string symbolName, LocalText declaredBy, string section, string field)
        {
            if (owner.TryGetValue(symbolName, out var existing))
            {
                errors.Add(PayPolicyError.Of(section, field, new LocalText("Error.Policy.NameTaken", symbolName, existing)));
                return false;
            }

            owner[symbolName] = declaredBy;
            return true;
        }

        var parameters = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (key, value) in dto.Parameters ?? [])
        {
            if (!LowerName().IsMatch(key))
            {
                errors.Add(PayPolicyError.Of("parameters", key, new LocalText("Error.Policy.ParameterName")));
            }
            else if (!WithinFormulaBounds(value))
            {
                errors.Add(PayPolicyError.Of("parameters", key, OutOfBounds(value)));
            }
            else if (Declare(key, new LocalText("Error.Policy.Owner.Parameter"), "parameters", key))
            {
                parameters[key] = value;
                symbols[key] = new FormulaSymbol(FormulaType.Number, slot++);
            }
        }

        var tables = new Dictionary<string, FrozenDictionary<string, decimal>>(StringComparer.Ordinal);
        foreach (var (key, entries) in dto.Tables ?? [])
        {
            if (entries is null || entries.Count == 0)
            {
                errors.Add(PayPolicyError.Of("tables", key, new LocalText("Error.Policy.EmptyTable")));
                continue;
            }

            foreach (var (entry, value) in entries)
            {
                if (!WithinFormulaBounds(value))
                {
                    errors.Add(PayPolicyError.Of("tables", $"{key}.{entry}", OutOfBounds(value)));
                }
            }

            tables[key] = entries.ToFrozenDictionary(StringComparer.Ordinal);
        }

        var customInputs = ImmutableArray.CreateBuilder<(string, decimal, int)>();
        for (var i = 0; i < (dto.CustomInputs?.Count ?? 0); i++)
        {
            var input = dto.CustomInputs![i];
            var field = $"customInputs[{i}]";
            if (input.Name is null || !LowerName().IsMatch(input.Name))
            {
                errors.Add(PayPolicyError.Of("customInputs", field, new LocalText("Error.Policy.CustomInputName", input.Name)));
            }
            else if (!WithinFormulaBounds(input.Default))
            {
                errors.Add(PayPolicyError.Of("customInputs", field + ".default", OutOfBounds(input.Default)));
            }
            else if (Declare(input.Name, new LocalText("Error.Policy.Owner.CustomInput"), "customInputs", field))
            {
                symbols[input.Name] = new FormulaSymbol(FormulaType.Number, slot);
                customInputs.Add((input.Name, input.Default, slot++));
            }
        }

        var definitions = new List<(PayComponentDto Dto, string Code, int Slot)>();
        var components = dto.Components ?? [];
        if (components.Count == 0)
        {
            errors.Add(PayPolicyError.Of("components", "$", new LocalText("Error.Policy.NoComponents")));
        }
        else if (components.Count > PayrollLimits.MaxPolicyComponents)
        {
            // Checked before ordering: the dependency walk recurses once per component in a chain.
            throw new PayPolicyException(name, [PayPolicyError.Of("components", "$",
                new LocalText("Error.Policy.TooManyComponents", components.Count, PayrollLimits.MaxPolicyComponents))]);
        }

        for (var i = 0; i < components.Count; i++)
        {
            var c = components[i];
            var label = string.IsNullOrWhiteSpace(c.Code) ? $"components[{i}]" : c.Code;
            if (string.IsNullOrWhiteSpace(c.Code) || !ComponentCode().IsMatch(c.Code))
            {
                errors.Add(PayPolicyError.Of(label, "code", new LocalText("Error.Policy.ComponentCode")));
                continue;
            }

            if (!Declare(c.Code, new LocalText("Error.Policy.Owner.Component", i + 1), c.Code, "code"))
            {
                continue;
            }

            symbols[c.Code] = new FormulaSymbol(FormulaType.Number, slot);
            definitions.Add((c, c.Code, slot++));
        }

        FormulaSymbol? Resolve(string n) => symbols.TryGetValue(n, out var s) ? s : null;
        var compiled = new Dictionary<string, PayComponent>(StringComparer.Ordinal);
        foreach (var (c, code, componentSlot) in definitions)
        {
            var kind = ParseKind(c.Kind, code, errors);
            var roundingErrors = new List<LocalText>();
            var rounding = c.Rounding is null && kind == PayComponentKind.Info
                ? RoundingRule.None
                : ContributionTableLoader.ParseRounding(c.Rounding, path: null, roundingErrors);
            errors.AddRange(roundingErrors.Select(m => PayPolicyError.Of(code, "rounding", m)));
            if (c.TaxFree && kind != PayComponentKind.Earning)
            {
                errors.Add(PayPolicyError.Of(code, "taxFree", new LocalText("Error.Policy.TaxFree")));
            }

            var formula = CompileFormula(c.Formula, code, "formula", Resolve, tables, errors);
            if (formula is not null && kind is not null)
            {
                compiled[code] = new PayComponent(code, c.Name ?? code, kind.Value, c.TaxFree, rounding, c.Description, formula, componentSlot);
            }
        }

        var siBase = CompileFormula(dto.SocialInsuranceBase ?? "base_salary + allowances_total", "socialInsuranceBase", "formula", Resolve, tables, errors);
        var ordered = errors.Count == 0 ? Order(compiled, definitions.Select(d => d.Code).ToList(), errors) : [];
        if (errors.Count > 0)
        {
            throw new PayPolicyException(name, errors);
        }

        return new PayPolicy(name, dto.Version, ordered, parameters.ToFrozenDictionary(StringComparer.Ordinal),
            customInputs.ToImmutable(), siBase!, symbols.ToFrozenDictionary(StringComparer.Ordinal), slot);
    }

    private static CompiledFormula? CompileFormula(string? text, string component, string field,
        Func<string, FormulaSymbol?> resolve, Dictionary<string, FrozenDictionary<string, decimal>> tables, List<PayPolicyError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(PayPolicyError.Of(component, field, new LocalText("Error.Policy.FormulaRequired")));
            return null;
        }

        try
        {
            return FormulaParser.Compile(text, FormulaType.Number, resolve, tables);
        }
        catch (FormulaSyntaxException ex)
        {
            errors.Add(PayPolicyError.Of(component, field, new LocalText("Error.Policy.Formula", text, ex.Text)));
            return null;
        }
    }

    private static bool WithinFormulaBounds(decimal value) =>
        value is >= -PayrollLimits.MaxFormulaValue and <= PayrollLimits.MaxFormulaValue;

    private static readonly LocalText BuiltInInput = new("Error.Policy.Owner.BuiltIn");

    private static LocalText OutOfBounds(decimal value) =>
        new("Error.Policy.OutOfBounds", value.ToString(System.Globalization.CultureInfo.InvariantCulture), PayrollLimits.MaxFormulaValue.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static PayComponentKind? ParseKind(string? kind, string code, List<PayPolicyError> errors)
    {
        switch (kind?.ToLowerInvariant())
        {
            case "earning": return PayComponentKind.Earning;
            case "deduction": return PayComponentKind.Deduction;
            case "posttaxdeduction": return PayComponentKind.PostTaxDeduction;
            case "employercost": return PayComponentKind.EmployerCost;
            case "info": return PayComponentKind.Info;
            default:
                errors.Add(PayPolicyError.Of(code, "kind", new LocalText("Error.Policy.Kind", kind)));
                return null;
        }
    }

    // Depth-first topological order; a back edge is a cycle, reported with its path so the author sees the loop.
    private static ImmutableArray<PayComponent> Order(Dictionary<string, PayComponent> components, List<string> declared, List<PayPolicyError> errors)
    {
        var result = ImmutableArray.CreateBuilder<PayComponent>(components.Count);
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();

        bool Visit(string code)
        {
            if (state.TryGetValue(code, out var s))
            {
                if (s == 2)
                {
                    return true;
                }

                var loop = path.Skip(path.IndexOf(code)).Append(code);
                errors.Add(PayPolicyError.Of(code, "formula", new LocalText("Error.Policy.Cycle", string.Join(" -> ", loop))));
                return false;
            }

            state[code] = 1;
            path.Add(code);
            foreach (var reference in components[code].References)
            {
                if (components.ContainsKey(reference) && !Visit(reference))
                {
                    return false;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[code] = 2;
            result.Add(components[code]);
            return true;
        }

        foreach (var code in declared)
        {
            if (!Visit(code))
            {
                break;
            }
        }

        return result.ToImmutable();
    }
}
