using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.China;

/// <summary>
/// For every built-in city, one payslip at the floor (requested base 1 000, below every floor), one mid-range
/// (10 000, inside every range) and one at the ceiling (60 000, above every ceiling), paid in January of the city's
/// latest schedule. Each expected employee amount is worked out by hand from the figures in the city's file and
/// docs/research/china-contribution-data.md: base clamped to the item's floor or ceiling × the employee rate,
/// rounded half-up by the item's rule (fen, or whole yuan for most housing funds), plus any fixed supplement.
/// </summary>
public sealed class CityContributionPayslipTests
{
    private static readonly PayrollEngine Engine = new PayrollEngineBuilder().Build();

    public static TheoryData<string, YearMonth, decimal, decimal, decimal, decimal, decimal> Cases => new()
    {
        // beijing 2026-01 (schedule 2025-07-01..2026-06-30), requested base 1 000 → floor:
        // pension 7 162 × 8 % = 572.96; medical 7 162 × 2 % = 143.24 + 3 = 146.24;
        // unemployment 7 162 × 0.5 % = 35.81; housing fund 2 540 × 12 % = 304.8 → 305 (yuan).
        { "beijing", new YearMonth(2026, 1), 1_000m, 572.96m, 146.24m, 35.81m, 305m },
        // beijing 2026-01 (schedule 2025-07-01..2026-06-30), requested base 10 000 → mid-range:
        // pension 10 000 × 8 % = 800; medical 10 000 × 2 % = 200 + 3 = 203.00;
        // unemployment 10 000 × 0.5 % = 50; housing fund 10 000 × 12 % = 1200.
        { "beijing", new YearMonth(2026, 1), 10_000m, 800.00m, 203.00m, 50.00m, 1_200m },
        // beijing 2026-01 (schedule 2025-07-01..2026-06-30), requested base 60 000 → ceiling:
        // pension 35 811 × 8 % = 2864.88; medical 35 811 × 2 % = 716.22 + 3 = 719.22;
        // unemployment 35 811 × 0.5 % = 179.055 → 179.06; housing fund 35 811 × 12 % = 4297.32 → 4297 (yuan).
        { "beijing", new YearMonth(2026, 1), 60_000m, 2_864.88m, 719.22m, 179.06m, 4_297m },
        // changsha 2025-01 (schedule 2024-07-01..2025-06-30), requested base 1 000 → floor:
        // pension 4 308 × 8 % = 344.64; medical 4 308 × 2 % = 86.16;
        // unemployment 4 308 × 0.3 % = 12.924 → 12.92; housing fund 1 930 × 12 % = 231.6 → 232 (yuan).
        { "changsha", new YearMonth(2025, 1), 1_000m, 344.64m, 86.16m, 12.92m, 232m },
        // changsha 2025-01 (schedule 2024-07-01..2025-06-30), requested base 10 000 → mid-range:
        // pension 10 000 × 8 % = 800; medical 10 000 × 2 % = 200;
        // unemployment 10 000 × 0.3 % = 30; housing fund 10 000 × 12 % = 1200.
        { "changsha", new YearMonth(2025, 1), 10_000m, 800.00m, 200.00m, 30.00m, 1_200m },
        // changsha 2025-01 (schedule 2024-07-01..2025-06-30), requested base 60 000 → ceiling:
        // pension 21 540 × 8 % = 1723.2; medical 21 540 × 2 % = 430.8;
        // unemployment 21 540 × 0.3 % = 64.62; housing fund 28 950 × 12 % = 3474.
        { "changsha", new YearMonth(2025, 1), 60_000m, 1_723.20m, 430.80m, 64.62m, 3_474m },
        // chengdu 2025-01 (schedule 2024-07-01..2025-06-30), requested base 1 000 → floor:
        // pension 4 511 × 8 % = 360.88; medical 4 511 × 2 % = 90.22;
        // unemployment 4 511 × 0.4 % = 18.044 → 18.04; housing fund 2 100 × 12 % = 252.
        { "chengdu", new YearMonth(2025, 1), 1_000m, 360.88m, 90.22m, 18.04m, 252m },
        // chengdu 2025-01 (schedule 2024-07-01..2025-06-30), requested base 10 000 → mid-range:
        // pension 10 000 × 8 % = 800; medical 10 000 × 2 % = 200;
        // unemployment 10 000 × 0.4 % = 40; housing fund 10 000 × 12 % = 1200.
        { "chengdu", new YearMonth(2025, 1), 10_000m, 800.00m, 200.00m, 40.00m, 1_200m },
        // chengdu 2025-01 (schedule 2024-07-01..2025-06-30), requested base 60 000 → ceiling:
        // pension 22 555 × 8 % = 1804.4; medical 22 555 × 2 % = 451.1;
        // unemployment 22 555 × 0.4 % = 90.22; housing fund 29 550 × 12 % = 3546.
        { "chengdu", new YearMonth(2025, 1), 60_000m, 1_804.40m, 451.10m, 90.22m, 3_546m },
        // chongqing 2025-01 (schedule 2024-07-01..2025-06-30), requested base 1 000 → floor:
        // pension 4 500 × 8 % = 360; medical 4 500 × 2 % = 90;
        // unemployment 4 500 × 0.5 % = 22.5; housing fund 2 100 × 12 % = 252.
        { "chongqing", new YearMonth(2025, 1), 1_000m, 360.00m, 90.00m, 22.50m, 252m },
        // chongqing 2025-01 (schedule 2024-07-01..2025-06-30), requested base 10 000 → mid-range:
        // pension 10 000 × 8 % = 800; medical 10 000 × 2 % = 200;
        // unemployment 10 000 × 0.5 % = 50; housing fund 10 000 × 12 % = 1200.
        { "chongqing", new YearMonth(2025, 1), 10_000m, 800.00m, 200.00m, 50.00m, 1_200m },
        // chongqing 2025-01 (schedule 2024-07-01..2025-06-30), requested base 60 000 → ceiling:
        // pension 22 500 × 8 % = 1800; medical 22 500 × 2 % = 450;
        // unemployment 22 500 × 0.5 % = 112.5; housing fund 29 362 × 12 % = 3523.44 → 3523 (yuan).
        { "chongqing", new YearMonth(2025, 1), 60_000m, 1_800.00m, 450.00m, 112.50m, 3_523m },
        // guangzhou 2025-01 (schedule 2024-07-01..2025-06-30), requested base 1 000 → floor:
        // pension 5 284 × 8 % = 422.72; medical 5 996 × 2 % = 119.92;
        // unemployment 2 300 × 0.2 % = 4.6; housing fund 2 300 × 5 % = 115.
        { "guangzhou", new YearMonth(2025, 1), 1_000m, 422.72m, 119.92m, 4.60m, 115.00m },
        // guangzhou 2025-01 (schedule 2024-07-01..2025-06-30), requested base 10 000 → mid-range:
        // pension 10 000 × 8 % = 800; medical 10 000 × 2 % = 200;
        // unemployment 10 000 × 0.2 % = 20; housing fund 10 000 × 5 % = 500.
        { "guangzhou", new YearMonth(2025, 1), 10_000m, 800.00m, 200.00m, 20.00m, 500.00m },
        // guangzhou 2025-01 (schedule 2024-07-01..2025-06-30), requested base 60 000 → ceiling:
        // pension 26 421 × 8 % = 2113.68; medical 29 979 × 2 % = 599.58;
        // unemployment 38 082 × 0.2 % = 76.164 → 76.16; housing fund 39 579 × 5 % = 1978.95.
        { "guangzhou", new YearMonth(2025, 1), 60_000m, 2_113.68m, 599.58m, 76.16m, 1_978.95m },
        // hangzhou 2025-01 (schedule 2024-07-01..2025-06-30), requested base 1 000 → floor:
        // pension 4 986 × 8 % = 398.88; medical 4 986 × 2 % = 99.72;
        // unemployment 4 986 × 0.5 % = 24.93; housing fund 2 280 × 12 % = 273.6 → 274 (yuan).
        { "hangzhou", new YearMonth(2025, 1), 1_000m, 398.88m, 99.72m, 24.93m, 274m },
        // hangzhou 2025-01 (schedule 2024-07-01..2025-06-30), requested base 10 000 → mid-range:
        // pension 10 000 × 8 % = 800; medical 10 000 × 2 % = 200;
        // unemployment 10 000 × 0.5 % = 50; housing fund 10 000 × 12 % = 1200.
        { "hangzhou", new YearMonth(2025, 1), 10_000m, 800.00m, 200.00m, 50.00m, 1_200m },
        // hangzhou 2025-01 (schedule 2024-07-01..2025-06-30), requested base 60 000 → ceiling:
        // pension 24 930 × 8 % = 1994.4; medical 24 930 × 2 % = 498.6;
        // unemployment 24 930 × 0.5 % = 124.65; housing fund 38 390 × 12 % = 4606.8 → 4607 (yuan).
        { "hangzhou", new YearMonth(2025, 1), 60_000m, 1_994.40m, 498.60m, 124.65m, 4_607m },
        // nanjing 2025-01 (schedule 2024-07-01..2025-06-30), requested base 1 000 → floor:
        // pension 4 879 × 8 % = 390.32; medical 4 879 × 2 % = 97.58;
        // unemployment 4 879 × 0.5 % = 24.395 → 24.40; housing fund 2 280 × 12 % = 273.6 → 274 (yuan).
        { "nanjing", new YearMonth(2025, 1), 1_000m, 390.32m, 97.58m, 24.40m, 274m },
        // nanjing 2025-01 (schedule 2024-07-01..2025-06-30), requested base 10 000 → mid-range:
        // pension 10 000 × 8 % = 800; medical 10 000 × 2 % = 200;
        // unemployment 10 000 × 0.5 % = 50; housing fund 10 000 × 12 % = 1200.
        { "nanjing", new YearMonth(2025, 1), 10_000m, 800.00m, 200.00m, 50.00m, 1_200m },
        // nanjing 2025-01 (schedule 2024-07-01..2025-06-30), requested base 60 000 → ceiling:
        // pension 24 396 × 8 % = 1951.68; medical 24 396 × 2 % = 487.92;
        // unemployment 24 396 × 0.5 % = 121.98; housing fund 39 900 × 12 % = 4788.
        { "nanjing", new YearMonth(2025, 1), 60_000m, 1_951.68m, 487.92m, 121.98m, 4_788m },
        // qingdao 2025-01 (schedule 2024-07-01..2025-06-30), requested base 1 000 → floor:
        // pension 4 416 × 8 % = 353.28; medical 4 416 × 2 % = 88.32;
        // unemployment 4 416 × 0.3 % = 13.248 → 13.25; housing fund 2 200 × 12 % = 264.
        { "qingdao", new YearMonth(2025, 1), 1_000m, 353.28m, 88.32m, 13.25m, 264m },
        // qingdao 2025-01 (schedule 2024-07-01..2025-06-30), requested base 10 000 → mid-range:
        // pension 10 000 × 8 % = 800; medical 10 000 × 2 % = 200;
        // unemployment 10 000 × 0.3 % = 30; housing fund 10 000 × 12 % = 1200.
        { "qingdao", new YearMonth(2025, 1), 10_000m, 800.00m, 200.00m, 30.00m, 1_200m },
        // qingdao 2025-01 (schedule 2024-07-01..2025-06-30), requested base 60 000 → ceiling:
        // pension 22 078 × 8 % = 1766.24; medical 22 078 × 2 % = 441.56;
        // unemployment 22 078 × 0.3 % = 66.234 → 66.23; housing fund 28 650 × 12 % = 3438.
        { "qingdao", new YearMonth(2025, 1), 60_000m, 1_766.24m, 441.56m, 66.23m, 3_438m },
        // shanghai 2026-01 (schedule 2025-07-01..2026-06-30), requested base 1 000 → floor:
        // pension 7 460 × 8 % = 596.8; medical 7 460 × 2 % = 149.2;
        // unemployment 7 460 × 0.5 % = 37.3; housing fund 2 690 × 7 % = 188.3 → 188 (yuan).
        { "shanghai", new YearMonth(2026, 1), 1_000m, 596.80m, 149.20m, 37.30m, 188m },
        // shanghai 2026-01 (schedule 2025-07-01..2026-06-30), requested base 10 000 → mid-range:
        // pension 10 000 × 8 % = 800; medical 10 000 × 2 % = 200;
        // unemployment 10 000 × 0.5 % = 50; housing fund 10 000 × 7 % = 700.
        { "shanghai", new YearMonth(2026, 1), 10_000m, 800.00m, 200.00m, 50.00m, 700m },
        // shanghai 2026-01 (schedule 2025-07-01..2026-06-30), requested base 60 000 → ceiling:
        // pension 37 302 × 8 % = 2984.16; medical 37 302 × 2 % = 746.04;
        // unemployment 37 302 × 0.5 % = 186.51; housing fund 37 302 × 7 % = 2611.14 → 2611 (yuan).
        { "shanghai", new YearMonth(2026, 1), 60_000m, 2_984.16m, 746.04m, 186.51m, 2_611m },
        // shenzhen 2025-01 (schedule 2024-07-01..2025-06-30), requested base 1 000 → floor:
        // pension 3 523 × 8 % = 281.84; medical 6 475 × 2 % = 129.5;
        // unemployment 2 360 × 0.2 % = 4.72; housing fund 2 360 × 5 % = 118.
        { "shenzhen", new YearMonth(2025, 1), 1_000m, 281.84m, 129.50m, 4.72m, 118.00m },
        // shenzhen 2025-01 (schedule 2024-07-01..2025-06-30), requested base 10 000 → mid-range:
        // pension 10 000 × 8 % = 800; medical 10 000 × 2 % = 200;
        // unemployment 10 000 × 0.2 % = 20; housing fund 10 000 × 5 % = 500.
        { "shenzhen", new YearMonth(2025, 1), 10_000m, 800.00m, 200.00m, 20.00m, 500.00m },
        // shenzhen 2025-01 (schedule 2024-07-01..2025-06-30), requested base 60 000 → ceiling:
        // pension 26 421 × 8 % = 2113.68; medical 32 376 × 2 % = 647.52;
        // unemployment 43 659 × 0.2 % = 87.318 → 87.32; housing fund 43 659 × 5 % = 2182.95.
        { "shenzhen", new YearMonth(2025, 1), 60_000m, 2_113.68m, 647.52m, 87.32m, 2_182.95m },
        // suzhou 2025-01 (schedule 2024-07-01..2025-06-30), requested base 1 000 → floor:
        // pension 4 879 × 8 % = 390.32; medical 4 879 × 2 % = 97.58;
        // unemployment 4 879 × 0.5 % = 24.395 → 24.40; housing fund 2 280 × 12 % = 273.6 → 274 (yuan).
        { "suzhou", new YearMonth(2025, 1), 1_000m, 390.32m, 97.58m, 24.40m, 274m },
        // suzhou 2025-01 (schedule 2024-07-01..2025-06-30), requested base 10 000 → mid-range:
        // pension 10 000 × 8 % = 800; medical 10 000 × 2 % = 200;
        // unemployment 10 000 × 0.5 % = 50; housing fund 10 000 × 12 % = 1200.
        { "suzhou", new YearMonth(2025, 1), 10_000m, 800.00m, 200.00m, 50.00m, 1_200m },
        // suzhou 2025-01 (schedule 2024-07-01..2025-06-30), requested base 60 000 → ceiling:
        // pension 24 396 × 8 % = 1951.68; medical 24 396 × 2 % = 487.92;
        // unemployment 24 396 × 0.5 % = 121.98; housing fund 34 700 × 12 % = 4164.
        { "suzhou", new YearMonth(2025, 1), 60_000m, 1_951.68m, 487.92m, 121.98m, 4_164m },
        // tianjin 2025-01 (schedule 2024-07-01..2025-06-30), requested base 1 000 → floor:
        // pension 5 013 × 8 % = 401.04; medical 5 013 × 2 % = 100.26;
        // unemployment 5 013 × 0.5 % = 25.065 → 25.07; housing fund 2 320 × 12 % = 278.4 → 278 (yuan).
        { "tianjin", new YearMonth(2025, 1), 1_000m, 401.04m, 100.26m, 25.07m, 278m },
        // tianjin 2025-01 (schedule 2024-07-01..2025-06-30), requested base 10 000 → mid-range:
        // pension 10 000 × 8 % = 800; medical 10 000 × 2 % = 200;
        // unemployment 10 000 × 0.5 % = 50; housing fund 10 000 × 12 % = 1200.
        { "tianjin", new YearMonth(2025, 1), 10_000m, 800.00m, 200.00m, 50.00m, 1_200m },
        // tianjin 2025-01 (schedule 2024-07-01..2025-06-30), requested base 60 000 → ceiling:
        // pension 25 065 × 8 % = 2005.2; medical 25 065 × 2 % = 501.3;
        // unemployment 25 065 × 0.5 % = 125.325 → 125.33; housing fund 27 525 × 12 % = 3303.
        { "tianjin", new YearMonth(2025, 1), 60_000m, 2_005.20m, 501.30m, 125.33m, 3_303m },
        // wuhan 2025-01 (schedule 2024-07-01..2025-06-30), requested base 1 000 → floor:
        // pension 4 007 × 8 % = 320.56; medical 4 007 × 2 % = 80.14 + 7 = 87.14;
        // unemployment 4 007 × 0.3 % = 12.021 → 12.02; housing fund 2 210 × 12 % = 265.2 → 265 (yuan).
        { "wuhan", new YearMonth(2025, 1), 1_000m, 320.56m, 87.14m, 12.02m, 265m },
        // wuhan 2025-01 (schedule 2024-07-01..2025-06-30), requested base 10 000 → mid-range:
        // pension 10 000 × 8 % = 800; medical 10 000 × 2 % = 200 + 7 = 207.00;
        // unemployment 10 000 × 0.3 % = 30; housing fund 10 000 × 12 % = 1200.
        { "wuhan", new YearMonth(2025, 1), 10_000m, 800.00m, 207.00m, 30.00m, 1_200m },
        // wuhan 2025-01 (schedule 2024-07-01..2025-06-30), requested base 60 000 → ceiling:
        // pension 22 467 × 8 % = 1797.36; medical 22 467 × 2 % = 449.34 + 7 = 456.34;
        // unemployment 22 467 × 0.3 % = 67.401 → 67.40; housing fund 28 422 × 12 % = 3410.64 → 3411 (yuan).
        { "wuhan", new YearMonth(2025, 1), 60_000m, 1_797.36m, 456.34m, 67.40m, 3_411m },
        // xian 2025-01 (schedule 2025-01-01..2025-12-31), requested base 1 000 → floor:
        // pension 4 559 × 8 % = 364.72; medical 4 990 × 2 % = 99.8;
        // unemployment 4 559 × 0.3 % = 13.677 → 13.68; housing fund 2 160 × 12 % = 259.2 → 259 (yuan).
        { "xian", new YearMonth(2025, 1), 1_000m, 364.72m, 99.80m, 13.68m, 259m },
        // xian 2025-01 (schedule 2025-01-01..2025-12-31), requested base 10 000 → mid-range:
        // pension 10 000 × 8 % = 800; medical 10 000 × 2 % = 200;
        // unemployment 10 000 × 0.3 % = 30; housing fund 10 000 × 12 % = 1200.
        { "xian", new YearMonth(2025, 1), 10_000m, 800.00m, 200.00m, 30.00m, 1_200m },
        // xian 2025-01 (schedule 2025-01-01..2025-12-31), requested base 60 000 → ceiling:
        // pension 22 795 × 8 % = 1823.6; medical 24 948 × 2 % = 498.96;
        // unemployment 22 795 × 0.3 % = 68.385 → 68.39; housing fund 29 250 × 12 % = 3510.
        { "xian", new YearMonth(2025, 1), 60_000m, 1_823.60m, 498.96m, 68.39m, 3_510m },
        // zhengzhou 2025-01 (schedule 2024-07-01..2025-06-30), requested base 1 000 → floor:
        // pension 3 756 × 8 % = 300.48; medical 3 756 × 2 % = 75.12;
        // unemployment 3 756 × 0.3 % = 11.268 → 11.27; housing fund 1 800 × 12 % = 216.
        { "zhengzhou", new YearMonth(2025, 1), 1_000m, 300.48m, 75.12m, 11.27m, 216m },
        // zhengzhou 2025-01 (schedule 2024-07-01..2025-06-30), requested base 10 000 → mid-range:
        // pension 10 000 × 8 % = 800; medical 10 000 × 2 % = 200;
        // unemployment 10 000 × 0.3 % = 30; housing fund 10 000 × 12 % = 1200.
        { "zhengzhou", new YearMonth(2025, 1), 10_000m, 800.00m, 200.00m, 30.00m, 1_200m },
        // zhengzhou 2025-01 (schedule 2024-07-01..2025-06-30), requested base 60 000 → ceiling:
        // pension 18 780 × 8 % = 1502.4; medical 18 780 × 2 % = 375.6;
        // unemployment 18 780 × 0.3 % = 56.34; housing fund 27 345 × 12 % = 3281.4 → 3281 (yuan).
        { "zhengzhou", new YearMonth(2025, 1), 60_000m, 1_502.40m, 375.60m, 56.34m, 3_281m },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Calculate_CityAtFloorMidRangeOrCeiling_EmployeeItemsMatchHandComputation(
        string city, YearMonth month, decimal requestedBase, decimal pension, decimal medical, decimal unemployment, decimal housingFund)
    {
        var slip = Engine.Calculate(new EmployeeMonthInput
        {
            EmployeeId = "C-" + city,
            Period = month,
            City = city,
            BaseSalary = 10_000m,
            SocialInsuranceBase = requestedBase,
        });

        Assert.Equal(pension, Amount(slip, "PENSION_EE"));
        Assert.Equal(medical, Amount(slip, "MEDICAL_EE"));
        Assert.Equal(unemployment, Amount(slip, "UNEMPLOYMENT_EE"));
        Assert.Equal(housingFund, Amount(slip, "HOUSING_FUND_EE"));
        Assert.Equal(pension + medical + unemployment + housingFund, slip.EmployeeContributions);
        Assert.Null(slip.ProvisionalContributions);
    }

    [Fact]
    public void Cases_CoverEveryBuiltInCityThreeTimes()
    {
        var cities = Cases.Select(row => (string)row[0]).ToList();
        Assert.Equal(Engine.Contributions.Cities.Order(StringComparer.Ordinal), cities.Distinct().Order(StringComparer.Ordinal));
        Assert.All(cities.GroupBy(c => c), g => Assert.Equal(3, g.Count()));
        Assert.True(cities.Distinct().Count() >= 15);
    }

    private static decimal Amount(Payslip slip, string code) =>
        (slip.Line(code) ?? throw new Xunit.Sdk.XunitException($"payslip has no line {code}: {string.Join(", ", slip.Lines.Select(l => l.Code))}")).Amount;
}
