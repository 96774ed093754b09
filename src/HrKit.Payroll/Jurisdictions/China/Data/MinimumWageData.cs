using NodaTime;

namespace HrKit.Payroll.Jurisdictions.China;

// The built-in minimum wages, with their sources. Research notes: docs/research/china-minimum-wage-data.md. Add a
// row when a city publishes a new standard; never edit a past row's figures except to correct them from a source.
internal static class MinimumWageData
{
    private const string BeijingBureau = "北京市人力资源和社会保障局";
    private const string ShanghaiBureau = "上海市人力资源和社会保障局";
    private const string GuangdongGovernment = "广东省人民政府";

    public static IEnumerable<MinimumWage> All { get; } =
    [
        new("beijing", new LocalDate(2023, 9, 1), 2_420m, 26.4m, false, new(
            "北京市调整最低工资标准 (2023-09-01), as listed by 人力资源和社会保障部 (全国各地区最低工资标准情况, as of 2023-10-01)",
            BeijingBureau, "https://ccr.cn/2023/10/19/china-minimum-wage-standards-released", ContributionConfidence.Confirmed,
            "Report quoting the ministry's list: 2 320 → 2 420 a month, 25.3 → 26.4 an hour (non-full-time), from 2023-09-01.")),
        new("beijing", new LocalDate(2025, 9, 1), 2_540m, 27.7m, false, new(
            "北京市人力资源和社会保障局 No. 7 [2025] (最低工资标准调整)",
            BeijingBureau, "https://www.talent-spot.com/key-adjustments-in-chinese-cities.html", ContributionConfidence.Confirmed,
            "Report quoting the notice: 2 540 a month, 27.7 an hour non-full-time, 14.6 an hour full-time; individual social insurance and housing fund excluded.")),
        new("shanghai", new LocalDate(2023, 7, 1), 2_690m, 24m, false, new(
            "上海市调整最低工资标准 (2023)",
            ShanghaiBureau, "https://www.10100.com/article/1972071", ContributionConfidence.Unconfirmed,
            "The figures are the 'from' side of the 2025 report (2 690 a month, 24 an hour); the 2023-07-01 start is recalled, not read in a source.")),
        new("shanghai", new LocalDate(2025, 7, 1), 2_740m, 25m, false, new(
            "上海市调整最低工资标准 (2025-07-01)",
            ShanghaiBureau, "https://www.10100.com/article/1972071", ContributionConfidence.Confirmed,
            "Report: 2 690 → 2 740 a month, 24 → 25 an hour, from 2025-07-01; employee social insurance and housing fund excluded. Same figures: focus.cbbc.org, 2025-07-20.")),
        new("guangzhou", new LocalDate(2025, 3, 1), 2_500m, null, true, new(
            "广东省人民政府关于调整我省企业职工最低工资标准的通知 (2025-03-01)",
            GuangdongGovernment, "https://www.futuresstocktrading.com/?p=14747", ContributionConfidence.Unconfirmed,
            "2 500 a month from 2025-03-01 is stated by two reports (also mintdora.com, 2025-07-27); the hourly figure was not found (23.7 is recalled); that Guangdong's standard includes the employee's contributions is recalled.")),
        new("shenzhen", new LocalDate(2022, 7, 1), 2_360m, 22.2m, true, new(
            "深圳市调整最低工资标准 (2022)",
            "深圳市人力资源和社会保障局", "https://mashanggame.com/GreenEntertainmentForum/luuvdjtuds.html", ContributionConfidence.Unconfirmed,
            "2 360 a month and 22.2 an hour non-full-time from 2022 (one report; the 1 July start is recalled); 2 360 is also the 2024 unemployment floor in MZ-DEC24.")),
        new("shenzhen", new LocalDate(2025, 3, 1), 2_520m, null, true, new(
            "广东省人民政府关于调整我省企业职工最低工资标准的通知 (2025-03-01)",
            GuangdongGovernment, "https://www.futuresstocktrading.com/?p=14747", ContributionConfidence.Unconfirmed,
            "2 520 a month from 2025-03-01 is stated by two reports (also mintdora.com); the hourly figure was not found; inclusion of the employee's contributions is recalled.")),
    ];
}
