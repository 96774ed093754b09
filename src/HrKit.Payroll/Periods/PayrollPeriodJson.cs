using HrKit.Payroll.Localization;
using System.Collections.Immutable;
using System.Text.Json;
using HrKit.Payroll.Model;
using HrKit.Payroll.Serialization;

namespace HrKit.Payroll.Periods;

/// <summary>
/// The JSON a database-backed <see cref="IPayrollPeriodStore"/> keeps per row (input, payslip, settlements), in the
/// documented formats of HrKit.Payroll, so every store writes the same documents.
/// </summary>
public static class PayrollPeriodJson
{
    /// <summary>Serializes an input.</summary>
    public static string Serialize(EmployeeMonthInput input) => PayrollJson.Serialize(input);

    /// <summary>Serializes a payslip (line explanations as text).</summary>
    public static string Serialize(Payslip payslip) => PayrollJson.Serialize(payslip);

    /// <summary>Serializes settlements.</summary>
    public static string Serialize(ImmutableArray<RetroSettlement> settlements) =>
        JsonSerializer.Serialize(settlements, PayrollJsonContext.Default.ImmutableArrayRetroSettlement);

    /// <summary>Parses an input written by <see cref="Serialize(EmployeeMonthInput)"/>.</summary>
    /// <exception cref="PayrollDataException">The text is not such a document (the store's data is damaged).</exception>
    public static EmployeeMonthInput DeserializeInput(string json) => Parse(json, new LocalText("Error.Store.Input"), j => PayrollJson.DeserializeInput(j));

    /// <summary>Parses a payslip written by <see cref="Serialize(Payslip)"/>.</summary>
    /// <exception cref="PayrollDataException">The text is not such a document.</exception>
    public static Payslip DeserializePayslip(string json) =>
        Parse(json, new LocalText("Error.Store.Payslip"), j => JsonSerializer.Deserialize(j, PayrollJsonContext.Default.Payslip));

    /// <summary>Parses settlements written by <see cref="Serialize(ImmutableArray{RetroSettlement})"/>.</summary>
    /// <exception cref="PayrollDataException">The text is not such a document.</exception>
    public static ImmutableArray<RetroSettlement> DeserializeSettlements(string json) =>
        Parse(json, new LocalText("Error.Store.Settlements"), j => JsonSerializer.Deserialize(j, PayrollJsonContext.Default.ImmutableArrayRetroSettlement));

    /// <summary>Parses one settlement (a row of the settlements table).</summary>
    /// <exception cref="PayrollDataException">The text is not such a document.</exception>
    public static RetroSettlement DeserializeSettlement(string json) =>
        Parse(json, new LocalText("Error.Store.Settlement"), j => JsonSerializer.Deserialize(j, PayrollJsonContext.Default.RetroSettlement));

    /// <summary>Serializes one settlement.</summary>
    public static string Serialize(RetroSettlement settlement) =>
        JsonSerializer.Serialize(settlement, PayrollJsonContext.Default.RetroSettlement);

    private static T Parse<T>(string json, LocalText what, Func<string, T?> parse)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return parse(json) ?? throw new PayrollDataException(new LocalText("Error.Store.Null", what));
        }
        catch (JsonException ex)
        {
            throw new PayrollDataException(new LocalText("Error.Store.Unreadable", what, ex.Message), ex);
        }
    }
}
