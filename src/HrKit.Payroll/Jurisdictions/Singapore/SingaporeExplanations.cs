namespace HrKit.Payroll.Jurisdictions.Singapore;

// The SG lines' explanations as data.
internal static class SingaporeExplanations
{
    public static StatutoryExplanation EmployeeCpf(CpfContribution cpf, CpfParameters figures) =>
        new($"CPF employee contribution ({cpf.Rate.Table}, {cpf.Rate.AgeBand})", Formula(cpf, figures, employee: true), Figures(cpf), cpf.Employee, figures.Source);

    public static StatutoryExplanation EmployerCpf(CpfContribution cpf, CpfParameters figures) =>
        new($"CPF employer contribution ({cpf.Rate.Table}, {cpf.Rate.AgeBand})", "total (to the nearest dollar) − employee share (cents dropped)",
            [.. Figures(cpf), new("total", cpf.Total), new("employee", cpf.Employee)], cpf.Employer, figures.Source);

    public static StatutoryExplanation Sdl(decimal remuneration, decimal levy, SdlParameters figures) =>
        new("Skills Development Levy", "max(minimum, rate × min(remuneration, cap)), to the cent; the organisation's total is rounded down to the dollar",
            [new("remuneration", remuneration), new("rate", figures.Rate), new("cap", figures.RemunerationCap), new("minimum", figures.Minimum)], levy, figures.Source);

    private static string Formula(CpfContribution cpf, CpfParameters figures, bool employee)
    {
        var tw = cpf.TotalWagesSubjectToCpf;
        return tw <= figures.NoContributionUpTo ? "none: total wages at or below the nil band"
            : tw <= figures.EmployerOnlyUpTo ? "none: total wages in the employer-only band"
            : tw < figures.PhaseInBelow ? "phaseIn × (totalWages − employerOnlyUpTo), cents dropped"
            : employee ? "employeeRate × totalWages, cents dropped" : "";
    }

    private static KeyValuePair<string, decimal>[] Figures(CpfContribution cpf) =>
    [
        new("ordinaryWages", cpf.OrdinaryWagesSubjectToCpf), new("additionalWages", cpf.AdditionalWagesSubjectToCpf),
        new("additionalWageCeiling", cpf.AdditionalWageCeiling), new("totalWages", cpf.TotalWagesSubjectToCpf),
        new("employerRate", cpf.Rate.EmployerRate), new("employeeRate", cpf.Rate.EmployeeRate), new("phaseIn", cpf.Rate.EmployeePhaseInFactor),
    ];
}
