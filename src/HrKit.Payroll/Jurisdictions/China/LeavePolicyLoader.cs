using HrKit.Payroll.Serialization;
using HrKit.Payroll.Localization;
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
            ?? throw new PayrollDataException("The built-in leave policy resource is missing from HrKit.Payroll."); // a broken build, not user data
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
            throw new PayrollDataException(new LocalText("Error.LeavePolicy.TooLarge", file, MaxBytes));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 8 });
        }
        catch (JsonException ex)
        {
            throw new PayrollDataException(new LocalText("Error.LeavePolicy.MalformedJson", file, (ex.LineNumber ?? 0) + 1, LocalisedJsonException.ProblemOf(ex)), ex);
        }

        using (document)
        {
            var errors = new List<LocalText>();
            var policy = Read(document.RootElement, errors);
            if (errors.Count > 0 || policy is null)
            {
                throw new PayrollDataException(LocalText.Lines([new LocalText("Error.LeavePolicy.Invalid", file), .. errors.Select(e => new LocalText("Error.Data.Indented", e))]));
            }

            return policy;
        }
    }

    private static LeavePolicy? Read(JsonElement root, List<LocalText> errors)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new LocalText("Error.LeavePolicy.Root"));
            return null;
        }

        foreach (var property in root.EnumerateObject())
        {
            if (property.Name is not ("name" or "monthlyPayDays" or "sickPayMinimumWageShare" or "overtime" or "leave"))
            {
                errors.Add(new LocalText("Error.LeavePolicy.UnknownField", property.Name));
            }
        }

        var name = "";
        if (root.TryGetProperty("name", out var n))
        {
            if (n.ValueKind == JsonValueKind.String)
            {
                name = n.GetString()!;
            }
            else
            {
                errors.Add(new LocalText("Error.LeavePolicy.Name", n.ToString()));
            }
        }

        var days = Number(root, "monthlyPayDays", "$.monthlyPayDays", 1m, 31m, errors, 21.75m);
        var share = Number(root, "sickPayMinimumWageShare", "$.sickPayMinimumWageShare", 0m, 1m, errors, 0.8m);
        var overtime = OvertimeBasis.Approved;
        if (root.TryGetProperty("overtime", out var o))
        {
            switch (o.ValueKind == JsonValueKind.String ? o.GetString() : null)
            {
                case "approved": overtime = OvertimeBasis.Approved; break;
                case "clocked": overtime = OvertimeBasis.Clocked; break;
                default: errors.Add(new LocalText("Error.LeavePolicy.OvertimeBasis", o.ToString())); break;
            }
        }

        var rules = new Dictionary<LeaveType, LeavePayRule>();
        if (!root.TryGetProperty("leave", out var leave) || leave.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new LocalText("Error.LeavePolicy.LeaveRequired"));
            return null;
        }

        foreach (var entry in leave.EnumerateObject())
        {
            var path = $"$.leave.{entry.Name}";
            if (!TypeNames.TryGetValue(entry.Name, out var type))
            {
                errors.Add(new LocalText("Error.LeavePolicy.UnknownType", path, string.Join(", ", TypeNames.Keys.Order(StringComparer.Ordinal))));
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
                errors.Add(new LocalText("Error.LeavePolicy.RuleMissing", typeName));
            }
        }

        return errors.Count > 0 ? null : new LeavePolicy(name, days, share, overtime, rules.ToFrozenDictionary());
    }

    private static LeavePayRule? ReadRule(LeaveType type, JsonElement rule, string path, List<LocalText> errors)
    {
        var pay = rule.ValueKind == JsonValueKind.Object && rule.TryGetProperty("pay", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        if (pay is null || !ModeNames.TryGetValue(pay, out var mode))
        {
            errors.Add(new LocalText("Error.LeavePolicy.PayRequired", path, string.Join(", ", ModeNames.Keys.Order(StringComparer.Ordinal))));
            return null;
        }

        if (mode == LeavePayMode.MaternityTopUp && type != LeaveType.Maternity)
        {
            errors.Add(new LocalText("Error.LeavePolicy.TopUpMaternityOnly", path));
            return null;
        }

        if (mode != LeavePayMode.Percentage)
        {
            if (rule.TryGetProperty("rate", out _))
            {
                errors.Add(new LocalText("Error.LeavePolicy.RateNotPercentage", path));
            }

            return new LeavePayRule(type, mode, mode == LeavePayMode.Unpaid ? 0m : 1m);
        }

        if (!rule.TryGetProperty("rate", out _))
        {
            errors.Add(new LocalText("Error.LeavePolicy.RateRequired", path));
            return null;
        }

        var before = errors.Count;
        var rate = Number(rule, "rate", path + ".rate", 0m, 1m, errors, 0m);
        return errors.Count > before ? null : new LeavePayRule(type, mode, rate);
    }

    private static decimal Number(JsonElement parent, string name, string path, decimal min, decimal max, List<LocalText> errors, decimal fallback)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return fallback;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var number) || number < min || number > max)
        {
            errors.Add(new LocalText("Error.LeavePolicy.Number", path, value.ToString(), min, max));
            return fallback;
        }

        return number;
    }
}
