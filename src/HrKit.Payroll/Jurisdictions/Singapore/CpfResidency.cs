namespace HrKit.Payroll.Jurisdictions.Singapore;

/// <summary>An employee's status for CPF; other pass holders do not contribute to CPF (SDL still applies).</summary>
public enum CpfResidency
{
    /// <summary>Singapore Citizen.</summary>
    Citizen,

    /// <summary>Singapore Permanent Resident; the year of SPR status picks the rate table.</summary>
    PermanentResident,

    /// <summary>Foreigner on a work pass: no CPF.</summary>
    Foreigner,
}
