using System.Collections.Immutable;
using HrKit.Cli.Output.Html;
using HrKit.Payroll.Model;
using HrKit.Payroll.Reports;
using HrKit.Points.Analytics;
using NodaTime;
using PuppeteerSharp;

namespace HrKit.Cli.Tests.Output.Html;

public sealed class PayRunHtmlReportTests
{
    private static readonly PayrollReport Report = new(3, 45000m, 55000m,
        [new PayStructureRow("BASE", "基本工资", PayslipLineKind.Earning, 39000m, 3, 0.8667m), new PayStructureRow("OT_WORKDAY", "加班 <script>alert(1)</script>", PayslipLineKind.Earning, 6000m, 2, 0.1333m)],
        [new DepartmentCostRow("研发 & 测试", 2, 30000m, 23000m, 7000m, 37000m, 0.6727m), new DepartmentCostRow("销售", 1, 15000m, 11500m, 3000m, 18000m, 0.3273m)],
        [new OvertimeShareRow("研发 & 测试", 6000m, 30000m, 0.2m, true), new OvertimeShareRow("销售", 0m, 15000m, 0m, false)],
        ["研发 & 测试: overtime is 20.00 % of gross pay <img src=x onerror=alert(1)>"]);

    private static readonly PointsReport Points = new(new DateInterval(new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30)), 12,
        [new ItemRedemptionRate("咖啡券 <b>", 5, 4, 0.3333m)],
        [new RuleEarning("准时打卡", "general", 1200, 240), new RuleEarning("迟到扣分", "general", -40, 8)],
        [new CategoryEarning("general", 1160)],
        [.. Enumerable.Range(0, 24).Select(h => h is >= 8 and <= 10 ? 30 * (h - 7) : 0)]);

    private static string Render(PointsReport? points)
    {
        using var writer = new StringWriter();
        PayRunHtmlReport.Write(writer, Report, points);
        return writer.ToString();
    }

    [Fact]
    public void Write_UserSuppliedTexts_AreEncodedAndNothingIsLoadedFromOutside()
    {
        var html = Render(Points);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("加班 &lt;script&gt;alert(1)", html, StringComparison.Ordinal);
        Assert.Contains("overtime is 20.00 % of gross pay &lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.Contains("研发 &amp; 测试", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Equal(6, html.Split("<svg", StringSplitOptions.None).Length - 1);
    }

    [Fact]
    public void Write_WithoutPointsLedger_SaysSoInsteadOfTheDashboard()
    {
        var html = Render(null);

        Assert.Contains("No points ledger given (--points-db)", html, StringComparison.Ordinal);
        Assert.Equal(3, html.Split("<svg", StringSplitOptions.None).Length - 1);
    }

    [ChromiumFact]
    public async Task Write_RenderedInHeadlessChromium_ShowsChartsWithoutScriptErrors()
    {
        var path = Path.Combine(Path.GetTempPath(), $"hrkit-report-{Guid.NewGuid():N}.html");
        await File.WriteAllTextAsync(path, Render(Points));
        try
        {
            await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
            {
                ExecutablePath = ChromiumFactAttribute.Path,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
            });
            await using var page = await browser.NewPageAsync();
            var errors = new List<string>();
            page.Console += (_, e) =>
            {
                if (e.Message.Type == ConsoleType.Error)
                {
                    errors.Add(e.Message.Text);
                }
            };
            page.PageError += (_, e) => errors.Add(e.Message);
            page.RequestFailed += (_, e) => errors.Add("request failed: " + e.Request.Url);
            await page.SetViewportAsync(new ViewPortOptions { Width = 1000, Height = 800 });
            await page.GoToAsync(new Uri(path).AbsoluteUri);

            var png = await page.ScreenshotDataAsync(new ScreenshotOptions { FullPage = true, Type = ScreenshotType.Png });
            var svgs = await page.EvaluateExpressionAsync<int>("document.querySelectorAll('svg rect').length");

            Assert.Empty(errors);
            Assert.Equal(2 + 2 + 2 + 2 + 1 + 24, svgs);
            var (nonWhite, total) = PngPixels.Count(png);
            Assert.True(nonWhite > total / 100, $"{nonWhite:N0} of {total:N0} pixels are not white: the page looks blank");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
