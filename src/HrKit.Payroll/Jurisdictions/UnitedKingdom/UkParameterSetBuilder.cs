namespace HrKit.Payroll.Jurisdictions.UnitedKingdom;

// Lays the UK tax years out as the neutral ParameterSet (one dated series per figure, each value with its source),
// the form reports and docs read for every pack. Names: paye.regulatoryLimitRate, paye.<region>.bands (a TaxScale of
// annual taxable pay), nic.employerRate, nic.<weekly|monthly>.<lel|pt|st|fust|izust|ust|aust|vust|uel>,
// nic.category.<letter>.<employeeMainRate|employeeAdditionalRate>.
internal static class UkParameterSetBuilder
{
    public static ParameterSet Build(UkParameters parameters)
    {
        var amounts = new SortedDictionary<string, List<DatedValue<decimal>>>(StringComparer.Ordinal);
        var scales = new SortedDictionary<string, List<DatedValue<TaxScale>>>(StringComparer.Ordinal);
        foreach (var year in parameters.TaxYears)
        {
            var tax = year.IncomeTax;
            Add(amounts, "paye.regulatoryLimitRate", year, tax.RegulatoryLimitRate, tax.RegulatoryLimitSource);
            foreach (var (region, bands) in tax.Regions)
            {
                Add(scales, $"paye.{RegionName(region)}.bands", year, Scale(bands), tax.Source);
            }

            var ni = year.NationalInsurance;
            Add(amounts, "nic.employerRate", year, ni.EmployerRate, ni.Source);
            foreach (var (frequency, t) in (ReadOnlySpan<(string, NationalInsuranceThresholds)>)[("weekly", ni.Weekly), ("monthly", ni.Monthly)])
            {
                foreach (var (name, value) in (ReadOnlySpan<(string, decimal)>)
                    [("lel", t.Lel), ("pt", t.Pt), ("st", t.St), ("fust", t.Fust), ("izust", t.Izust), ("ust", t.Ust), ("aust", t.Aust), ("vust", t.Vust), ("uel", t.Uel)])
                {
                    Add(amounts, $"nic.{frequency}.{name}", year, value, ni.Source);
                }
            }

            foreach (var category in ni.Categories.Values)
            {
                Add(amounts, $"nic.category.{category.Letter}.employeeMainRate", year, category.EmployeeMainRate, ni.Source);
                Add(amounts, $"nic.category.{category.Letter}.employeeAdditionalRate", year, category.EmployeeAdditionalRate, ni.Source);
            }
        }

        return new ParameterSet(UnitedKingdomPack.JurisdictionCode,
            amounts.Select(a => new DatedSeries<decimal>(a.Key, a.Value)),
            scales.Select(s => new DatedSeries<TaxScale>(s.Key, s.Value)));
    }

    private static void Add<T>(SortedDictionary<string, List<DatedValue<T>>> series, string name, UkTaxYearParameters year, T value, ParameterSource source)
    {
        if (!series.TryGetValue(name, out var values))
        {
            series[name] = values = [];
        }

        values.Add(new DatedValue<T>(year.EffectiveFrom, year.EffectiveTo, value, new LegalSource(source.Title, "", source.Url)));
    }

    private static TaxScale Scale(IncomeTaxRegionBands bands)
    {
        var brackets = new List<ScaleBracket>(bands.Bands.Length);
        var threshold = 0m;
        foreach (var band in bands.Bands)
        {
            brackets.Add(new ScaleBracket(threshold, band.Rate));
            threshold = band.UpTo ?? threshold;
        }

        return new TaxScale(brackets);
    }

    private static string RegionName(TaxRegion region) => region switch
    {
        TaxRegion.Scotland => "scotland",
        TaxRegion.Wales => "wales",
        _ => "restOfUk",
    };
}
