using HrKit.Payroll.Jurisdictions.China;

namespace HrKit.Cli.Output.Contributions;

/// <summary>
/// What applies to a city in a month, as text: the coverage and message, the schedule, one row per item (bases,
/// rates, fixed amount, rounding, confidence, a source number) and the numbered sources under the table.
/// </summary>
internal static class ContributionLookupText
{
    public static void Write(TextWriter w, ContributionLookup lookup)
    {
        w.WriteLine($"{lookup.City} {ContributionWords.Month(lookup.Month)}: {ContributionWords.Describe(lookup.Coverage)}");
        w.WriteLine(lookup.Message);
        if (lookup.Schedule is not { } schedule)
        {
            return;
        }

        var origin = schedule.Origin.Length == 0 ? "" : CliStrings.Format("Contrib.Origin", schedule.Origin);
        var fund = schedule.Items.FirstOrDefault(i => i.IsHousingFund);
        w.WriteLine(CliStrings.Format("Contrib.Schedule", ContributionWords.Date(schedule.EffectiveFrom), ContributionWords.Date(schedule.EffectiveTo), origin)
            + (fund is null ? CliStrings.Get("Contrib.ScheduleEnd") : CliStrings.Format("Contrib.FundRange", ContributionWords.Percent(schedule.HousingFundMinRate),
                ContributionWords.Percent(schedule.HousingFundMaxRate), ContributionWords.Percent(fund.EmployeeRate))));
        w.WriteLine();

        var sources = new List<ContributionSource>();
        var table = SpectreConsoles.Table((CliStrings.Get("Contrib.Col.Item"), false), (CliStrings.Get("Contrib.Col.Name"), false), (CliStrings.Get("Contrib.Col.Floor"), true),
            (CliStrings.Get("Contrib.Col.Ceiling"), true), (CliStrings.Get("Contrib.Col.Employee"), true), (CliStrings.Get("Contrib.Col.Employer"), true),
            (CliStrings.Get("Contrib.Col.Fixed"), true), (CliStrings.Get("Contrib.Col.Rounding"), false), (CliStrings.Get("Contrib.Col.Confidence"), false),
            (CliStrings.Get("Contrib.Col.Source"), false));
        foreach (var item in schedule.Items)
        {
            var number = sources.IndexOf(item.Provenance) + 1;
            if (number == 0)
            {
                sources.Add(item.Provenance);
                number = sources.Count;
            }

            table.AddTextRow(item.Code, item.Name, ContributionWords.Money(item.BaseFloor), ContributionWords.Money(item.BaseCeiling),
                ContributionWords.Percent(item.EmployeeRate), ContributionWords.Percent(item.EmployerRate), ContributionWords.Money(item.EmployeeFixed),
                ContributionWords.Camel(item.Rounding), ContributionWords.Camel(item.Provenance.Confidence), $"[{number}]");
        }

        SpectreConsoles.Write(w, table);
        w.WriteLine();
        w.WriteLine(CliStrings.Get("Contrib.Sources"));
        for (var i = 0; i < sources.Count; i++)
        {
            w.WriteLine($"[{i + 1}] {sources[i]}");
            if (sources[i].Note.Length > 0)
            {
                w.WriteLine(CliStrings.Format("Contrib.Note", sources[i].Note));
            }
        }
    }
}
