using HrKit.Payroll.Localization;

namespace HrKit.Payroll.Jurisdictions.Singapore;

// The SG lines' explanations as data, as resource texts (Explain.SG.*, Figure.SG.*) shown in the reader's language.
internal static class SingaporeExplanations
{
    private const string Pack = "SG";

    public static StatutoryExplanation EmployeeCpf(CpfContribution cpf, CpfParameters figures) =>
        new(Pack, new("Explain.SG.CpfEmployee", Table(cpf.Rate.Table), AgeBand(cpf.Rate.AgeBand)), Formula(cpf, figures, employee: true), Figures(cpf), cpf.Employee, figures.Source);

    public static StatutoryExplanation EmployerCpf(CpfContribution cpf, CpfParameters figures) =>
        new(Pack, new("Explain.SG.CpfEmployer", Table(cpf.Rate.Table), AgeBand(cpf.Rate.AgeBand)), new("Explain.SG.CpfEmployerFormula"),
            [.. Figures(cpf), new("total", cpf.Total), new("employee", cpf.Employee)], cpf.Employer, figures.Source);

    public static StatutoryExplanation Sdl(decimal remuneration, decimal levy, SdlParameters figures) =>
        new(Pack, new("Explain.SG.Sdl"), new("Explain.SG.SdlFormula"),
            [new("remuneration", remuneration), new("rate", figures.Rate), new("cap", figures.RemunerationCap), new("minimum", figures.Minimum)], levy, figures.Source);

    private static LocalText? Formula(CpfContribution cpf, CpfParameters figures, bool employee)
    {
        var tw = cpf.TotalWagesSubjectToCpf;
        return tw <= figures.NoContributionUpTo ? new("Explain.SG.CpfNilBand")
            : tw <= figures.EmployerOnlyUpTo ? new("Explain.SG.CpfEmployerOnlyBand")
            : tw < figures.PhaseInBelow ? new("Explain.SG.CpfPhaseIn")
            : employee ? new("Explain.SG.CpfEmployeeRate") : null;
    }

    private static LocalText Table(CpfRateTable table) => new("Explain.SG.Table." + table.ToString());

    private static LocalText AgeBand(CpfAgeBand band) => new("Explain.SG.AgeBand." + band.ToString());

    private static KeyValuePair<string, decimal>[] Figures(CpfContribution cpf) =>
    [
        new("ordinaryWages", cpf.OrdinaryWagesSubjectToCpf), new("additionalWages", cpf.AdditionalWagesSubjectToCpf),
        new("additionalWageCeiling", cpf.AdditionalWageCeiling), new("totalWages", cpf.TotalWagesSubjectToCpf),
        new("employerRate", cpf.Rate.EmployerRate), new("employeeRate", cpf.Rate.EmployeeRate), new("phaseIn", cpf.Rate.EmployeePhaseInFactor),
    ];
}
