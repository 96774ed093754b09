namespace HrKit.Payroll.Engine;

/// <summary>
/// Reads the host's named amounts (allowances) per employee. Enumerating an <see cref="IReadOnlyDictionary{TKey, TValue}"/>
/// through the interface boxes its enumerator, one allocation per employee on the bulk path; the concrete
/// <see cref="Dictionary{TKey, TValue}"/> that JSON and most hosts produce is enumerated directly instead.
/// </summary>
internal static class AmountMap
{
    public static decimal Sum(IReadOnlyDictionary<string, decimal> amounts)
    {
        var total = 0m;
        if (amounts.Count == 0)
        {
            return total;
        }

        if (amounts is Dictionary<string, decimal> dictionary)
        {
            foreach (var amount in dictionary.Values)
            {
                total = FastDecimal.Add(total, amount);
            }

            return total;
        }

        foreach (var (_, amount) in amounts)
        {
            total += amount;
        }

        return total;
    }

    /// <summary>The first entry whose amount lies outside [<paramref name="min"/>, <paramref name="max"/>], if any.</summary>
    public static KeyValuePair<string, decimal>? FirstOutside(IReadOnlyDictionary<string, decimal> amounts, decimal min, decimal max)
    {
        if (amounts.Count == 0)
        {
            return null;
        }

        if (amounts is Dictionary<string, decimal> dictionary)
        {
            // FastDecimal.Compare: the operators' answers without their calls (every allowance of every payslip).
            foreach (var entry in dictionary)
            {
                if (FastDecimal.Compare(entry.Value, min) < 0 || FastDecimal.Compare(entry.Value, max) > 0)
                {
                    return entry;
                }
            }

            return null;
        }

        foreach (var entry in amounts)
        {
            if (entry.Value < min || entry.Value > max)
            {
                return entry;
            }
        }

        return null;
    }
}
