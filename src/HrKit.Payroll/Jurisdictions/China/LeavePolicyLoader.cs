using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using HrKit.Payroll.Model;

namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>
/// Reads a leave policy (docs/payroll-china.md, "Leave policy"). Every problem is reported at once, each naming its
/// JSON path and the fix; a policy that loads is valid.
/// </summary>
public static class LeavePolicyLoader
{
    private const int MaxBytes = 64 * 1024;

    private static readonly FrozenDictionary<string, LeaveType> TypeNames = new Dictionary<string, LeaveType>(StringComparer.Ordinal)
    {
        ["annual"] = LeaveType.Annual,
        ["sick"] = LeaveType.Sick,
        ["personal"] = LeaveType.Personal,
        ["marriage"] = LeaveType.Marriage,
        ["bereavement"] = LeaveType.Bereavement,
        ["maternity"] = LeaveType.Maternity,
        ["workInjury"] = LeaveType.WorkInjury,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, LeavePayMode> ModeNames = new Dictionary<string, LeavePayMode>(StringComparer.Ordinal)
    {
        ["full"] = LeavePayMode.Full,
        ["unpaid"] = LeavePayMode.Unpaid,
        ["percentage"] = LeavePayMode.Percentage,
        ["maternityTopUp"] = LeavePayMode.MaternityTopUp,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The built-in policy's JSON, to start your own from.</summary>
    /// <exception cref="HrKit.Payroll.PayrollDataException">The built-in policy resource is missing from the assembly (a broken build).</exception>
    public static string ChinaStandardJson()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("HrKit.Payroll.Jurisdictions.China.Data.china-leave-policy.json")
            ?? throw new PayrollDataException("The built-in leave policy resource is missing from HrKit.Payroll.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Loads and validates a leave policy.</summary>
    /// <param name="json">The policy's JSON text (comments and trailing commas allowed), at most 64 KiB.</param>
    /// <param name="file">The name used in error messages.</param>
    /// <exception cref="PayrollDataException">The policy is malformed or invalid; the message lists every problem by JSON path.</exception>
    public static LeavePolicy Load(string json, string file)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(file);
        if (json.Length > MaxBytes)
        {
            throw new PayrollDataException($"{file}: larger than {MaxBytes} characters; a leave policy needs about 1 000.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 8 });
        }
        catch (JsonException ex)
        {
            throw new PayrollDataException($"{file}: line {(ex.LineNumber ?? 0) + 1}: malformed JSON: {ex.Message}", ex);
        }

        using (document)
        {
            var errors = new List<string>();
            var policy = Read(document.RootElement, errors);
            if (errors.Count > 0 || policy is null)
            {
                throw new PayrollDataException($"{file}: the leave policy is invalid:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", errors));
            }

            return policy;
        }
    }

    private static LeavePolicy? Read(JsonElement root, List<string> errors)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add("$: must be an object with \"name\", \"monthlyPayDays\", \"sickPayMinimumWageShare\", \"overtime\" and \"leave\".");
            return null;
        }

        foreach (var property in root.EnumerateObject())
        {
            if (property.Name is not ("name" or "monthlyPayDays" or "sickPayMinimumWageShare" or "overtime" or "leave"))
            {
                errors.Add($"$.{property.Name}: unknown field; the fields are name, monthlyPayDays, sickPayMinimumWageShare, overtime and leave.");
            }
        }

        var name = root.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : "";
        var days = Number(root, "monthlyPayDays", "$.monthlyPayDays", 1m, 31m, errors, 21.75m);
        var share = Number(root, "sickPayMinimumWageShare", "$.sickPayMinimumWageShare", 0m, 1m, errors, 0.8m);
        var overtime = OvertimeBasis.Approved;
        if (root.TryGetProperty("overtime", out var o))
        {
            switch (o.ValueKind == JsonValueKind.String ? o.GetString() : null)
            {
                case "approved": overtime = OvertimeBasis.Approved; break;
                case "clocked": overtime = OvertimeBasis.Clocked; break;
                default: errors.Add($"$.overtime: '{o}' is not a basis; use \"approved\" or \"clocked\"."); break;
            }
        }

        var rules = new Dictionary<LeaveType, LeavePayRule>();
        if (!root.TryGetProperty("leave", out var leave) || leave.ValueKind != JsonValueKind.Object)
        {
            errors.Add("$.leave: required, an object with a rule per leave type (annual, sick, personal, marriage, bereavement, maternity, workInjury).");
            return null;
        }

        foreach (var entry in leave.EnumerateObject())
        {
            var path = $"$.leave.{entry.Name}";
            if (!TypeNames.TryGetValue(entry.Name, out var type))
            {
                errors.Add($"{path}: unknown leave type; use {string.Join(", ", TypeNames.Keys.Order(StringComparer.Ordinal))}.");
                continue;
            }

            if (ReadRule(type, entry.Value, path, errors) is { } rule)
            {
                rules[type] = rule;
            }
        }

        foreach (var (typeName, type) in TypeNames)
        {
            if (!rules.ContainsKey(type) && leave.TryGetProperty(typeName, out _) is false)
            {
                errors.Add($"$.leave.{typeName}: missing; every leave type needs a rule, e.g. {{ \"pay\": \"full\" }}.");
            }
        }

        return errors.Count > 0 ? null : new LeavePolicy(name, days, share, overtime, rules.ToFrozenDictionary());
    }

    private static LeavePayRule? ReadRule(LeaveType type, JsonElement rule, string path, List<string> errors)
    {
        var pay = rule.ValueKind == JsonValueKind.Object && rule.TryGetProperty("pay", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        if (pay is null || !ModeNames.TryGetValue(pay, out var mode))
        {
            errors.Add($"{path}.pay: required, one of {string.Join(", ", ModeNames.Keys.Order(StringComparer.Ordinal))}.");
            return null;
        }

        if (mode == LeavePayMode.MaternityTopUp && type != LeaveType.Maternity)
        {
            errors.Add($"{path}.pay: maternityTopUp applies to maternity leave only.");
            return null;
        }

        if (mode != LeavePayMode.Percentage)
        {
            if (rule.TryGetProperty("rate", out _))
            {
                errors.Add($"{path}.rate: only a \"percentage\" rule has a rate; remove it or set \"pay\": \"percentage\".");
            }

            return new LeavePayRule(type, mode, mode == LeavePayMode.Unpaid ? 0m : 1m);
        }

        if (!rule.TryGetProperty("rate", out _))
        {
            errors.Add($"{path}.rate: required for a percentage rule, a share between 0 and 1 (0.6 = 60 %).");
            return null;
        }

        var before = errors.Count;
        var rate = Number(rule, "rate", path + ".rate", 0m, 1m, errors, 0m);
        return errors.Count > before ? null : new LeavePayRule(type, mode, rate);
    }

    private static decimal Number(JsonElement parent, string name, string path, decimal min, decimal max, List<string> errors, decimal fallback)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return fallback;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var number) || number < min || number > max)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{path}: {value} must be a number between {min} and {max}."));
            return fallback;
        }

        return number;
    }
}
