using System.Text.Json;

namespace HrKit.Payroll.Jurisdictions;

/// <summary>
/// The fields a jurisdiction pack adds to an employee-month (a UK tax code, a Singapore residency status…), carried in
/// <see cref="Model.EmployeeMonthInput.JurisdictionInput"/>. A pack derives one sealed record from this; a host sets
/// it in code, or the JSON reader keeps the <c>jurisdictionInput</c> object as JSON and the pack reads it
/// (<see cref="JurisdictionPack.ReadInput"/>) with errors named by JSON path.
/// </summary>
public abstract class JurisdictionInput
{
    /// <summary>Creates the input.</summary>
    protected JurisdictionInput()
    {
    }

    /// <summary>Writes the input as the JSON object the pack reads back (its <c>jurisdictionInput</c> format).</summary>
    public abstract void WriteTo(Utf8JsonWriter writer);
}
