using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;
using HrKit.Tests.Shared;
using NodaTime;

namespace HrKit.Payroll.Tests.Engine;

public sealed class BulkCalculationTests
{
    private static EmployeeMonthInput Employee(int i, string city = "beijing") => new()
    {
        EmployeeId = "E" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Period = new YearMonth(2026, 1),
        City = city,
        BaseSalary = 8_000m + i,
    };

    [Fact]
    public void CalculateMany_BadRecordsAmongGood_YieldsOneResultPerRecordInOrder()
    {
        var engine = new PayrollEngineBuilder().WithBatchSize(16).WithMaxDegreeOfParallelism(2).Build();
        var inputs = Enumerable.Range(0, 100).Select(i => i switch
        {
            13 => Employee(i, "atlantis"),
            57 => Employee(i) with { Overtime = new OvertimeHours(-1m, 0, 0) },
            90 => Employee(3),
            _ => Employee(i),
        }).ToList();

        var results = engine.CalculateMany(inputs).ToList();

        Assert.Equal(100, results.Count);
        Assert.Equal(Enumerable.Range(0, 100).Select(i => (long)i), results.Select(r => r.Index));
        Assert.Equal([13L, 57L, 90L], results.Where(r => !r.IsSuccess).Select(r => r.Index));
        Assert.Equal("city", results[13].Error!.Field);
        Assert.Equal("overtime.workday", results[57].Error!.Field);
        Assert.Contains("first at record 3", results[90].Error!.Message, StringComparison.Ordinal);
        Assert.Equal("E42", results[42].Payslip!.EmployeeId);
    }

    [Fact]
    public void CalculateManySummaries_SameEmployeeInTwoMonths_PaysBothAndStillCatchesRepeatsOfEither()
    {
        var engine = new PayrollEngineBuilder().WithBatchSize(16).Build();
        var december = new YearMonth(2025, 12);
        var throughNovember = new TaxYearToDate { ThroughMonth = new YearMonth(2025, 11) };
        // Months interleave record by record; records 40 and 41 repeat E5 of January and E6 of December.
        var inputs = Enumerable.Range(0, 40)
            .Select(i => i % 2 == 0 ? Employee(i / 2) : Employee(i / 2) with { Period = december, YearToDate = throughNovember })
            .Append(Employee(5))
            .Append(Employee(6) with { Period = december, YearToDate = throughNovember })
            .ToList();

        var results = engine.CalculateManySummaries(inputs).ToList();

        Assert.Equal([40L, 41L], results.Where(r => !r.IsSuccess).Select(r => r.Index));
        Assert.Contains("first at record 10", results[40].Error!.Message, StringComparison.Ordinal);
        Assert.Contains("first at record 13", results[41].Error!.Message, StringComparison.Ordinal);
        Assert.Equal(december, results[13].Summary.Period);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void CalculateManySummaries_RepeatsWithinAndAcrossLargeBatches_FirstOccurrenceWinsWhateverTheThreads(int threads)
    {
        // Batches of 1 000 are computed in chunks of 64 on two threads while the repeats are looked for beside them.
        var engine = new PayrollEngineBuilder().WithBatchSize(1_000).WithMaxDegreeOfParallelism(threads).Build();
        var inputs = Enumerable.Range(0, 2_500).Select(i => Employee(i)).ToList();
        inputs[700] = Employee(3) with { BaseSalary = 1m };     // repeats record 3 inside the first batch
        inputs[1_500] = Employee(999) with { BaseSalary = 1m }; // repeats record 999 of the first batch from the second
        inputs[2_400] = Employee(1_500);                       // E1500 was replaced above, so this one is its first

        var results = engine.CalculateManySummaries(inputs).ToList();

        Assert.Equal(Enumerable.Range(0, 2_500).Select(i => (long)i), results.Select(r => r.Index));
        Assert.Equal([700L, 1_500L], results.Where(r => !r.IsSuccess).Select(r => r.Index));
        Assert.Equal("employeeId", results[700].Error!.Field);
        Assert.Contains("first at record 3)", results[700].Error!.Message, StringComparison.Ordinal);
        Assert.Contains("first at record 999)", results[1_500].Error!.Message, StringComparison.Ordinal);
        Assert.Equal(engine.CalculateSummary(Employee(3)).NetPay, results[3].Summary.NetPay);
        Assert.Equal(engine.CalculateSummary(Employee(1_500)).NetPay, results[2_400].Summary.NetPay);
    }

    [Theory]
    [InlineData(1, 16)]
    [InlineData(2, 16)]
    [InlineData(2, 1_000)]
    public void CalculateManySummaries_RepeatOfTheVeryFirstRecord_IsRefusedNamingRecordZero(int threads, int batchSize)
    {
        // The first record's index is 0, the smallest "first at" a repeat can name: a repeat of it is refused like any
        // other, not paid a second time (the repeat's 1.00 base would otherwise be paid beside E0's 8 000).
        var engine = new PayrollEngineBuilder().WithBatchSize(batchSize).WithMaxDegreeOfParallelism(threads).Build();
        var inputs = Enumerable.Range(0, 200).Select(i => Employee(i)).ToList();
        inputs[5] = Employee(0) with { BaseSalary = 1m };

        var results = engine.CalculateManySummaries(inputs).ToList();

        Assert.Equal([5L], results.Where(r => !r.IsSuccess).Select(r => r.Index));
        Assert.Equal("employeeId", results[5].Error!.Field);
        Assert.Contains("first at record 0)", results[5].Error!.Message, StringComparison.Ordinal);
        Assert.Equal(8_000m, results[0].Summary.GrossPay);
    }

    [Fact]
    public void CalculateMany_Parallel_MatchesOneByOne()
    {
        var parallel = new PayrollEngineBuilder().WithBatchSize(64).WithMaxDegreeOfParallelism(2).Build();
        var inputs = Enumerable.Range(0, 500).Select(i => Employee(i, i % 2 == 0 ? "beijing" : "shanghai")).ToList();

        var bulk = parallel.CalculateMany(inputs).Select(r => r.Payslip!.NetPay).ToList();
        var single = inputs.Select(i => parallel.Calculate(i).NetPay).ToList();

        Assert.Equal(single, bulk);
    }

    [Fact]
    public void CalculateManySummaries_SameInputs_MatchFullPayslipTotalsAndErrors()
    {
        var engine = new PayrollEngineBuilder().WithBatchSize(32).WithMaxDegreeOfParallelism(2).Build();
        var inputs = Enumerable.Range(0, 200).Select(i => i == 77 ? Employee(i, "atlantis") : Employee(i, i % 3 == 0 ? "shanghai" : "beijing") with
        {
            Overtime = new OvertimeHours(i % 11, i % 5, i % 3),
            AnnualBonus = i % 17 == 0 ? 20_000m + i : 0m,
        }).ToList();

        var full = engine.CalculateMany(inputs).ToList();
        var summaries = engine.CalculateManySummaries(inputs).ToList();

        Assert.Equal(full.Count, summaries.Count);
        for (var i = 0; i < full.Count; i++)
        {
            Assert.Equal(full[i].IsSuccess, summaries[i].IsSuccess);
            if (!full[i].IsSuccess)
            {
                Assert.Equal(full[i].Error, summaries[i].Error);
                continue;
            }

            var p = full[i].Payslip!;
            var s = summaries[i].Summary;
            Assert.Equal((p.GrossPay, p.EmployeeContributions, p.WageTax, p.BonusTax, p.NetPay, p.EmployerCost, p.YearToDate),
                (s.GrossPay, s.EmployeeContributions, s.WageTax, s.BonusTax, s.NetPay, s.EmployerCost, s.YearToDate));
        }
    }

    [Fact]
    public async Task CalculateManyAsync_StreamsResults()
    {
        var engine = new PayrollEngineBuilder().WithBatchSize(16).Build();

        var count = 0;
        await foreach (var result in engine.CalculateManyAsync(Source(40)))
        {
            Assert.True(result.IsSuccess);
            count++;
        }

        Assert.Equal(40, count);

        static async IAsyncEnumerable<EmployeeMonthInput> Source(int n)
        {
            for (var i = 0; i < n; i++)
            {
                await Task.Yield();
                yield return Employee(i);
            }
        }
    }

    [Fact]
    public void BulkMethods_NullInputs_ThrowAtTheCall()
    {
        var engine = SampleInputs.StandardEngine;

        Assert.Equal("inputs", Assert.Throws<ArgumentNullException>(() => engine.CalculateMany(null!)).ParamName);
        Assert.Equal("inputs", Assert.Throws<ArgumentNullException>(() => engine.CalculateManySummaries(null!)).ParamName);
    }

    [Fact]
    public async Task CalculateManyAsync_NullInputs_ThrowsArgumentNull()
    {
        var ex = await Assert.ThrowsAsync<ArgumentNullException>(async () =>
        {
            await foreach (var _ in SampleInputs.StandardEngine.CalculateManyAsync(null!))
            {
            }
        });

        Assert.Equal("inputs", ex.ParamName);
    }

    [Fact]
    public void CalculateManySummaries_OneThreadCancelledToken_ThrowsBeforePaying()
    {
        var engine = new PayrollEngineBuilder().WithMaxDegreeOfParallelism(1).Build();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => engine.CalculateManySummaries([Employee(1), Employee(2)], cancelled.Token).ToList());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void CalculateMany_NullRecordAndRecordWithoutId_EachItsOwnError(int threads)
    {
        // Neither can be a repeat of anything: the null record is refused as null, the one without id as missing its id.
        var engine = new PayrollEngineBuilder().WithBatchSize(64).WithMaxDegreeOfParallelism(threads).Build();
        var inputs = Enumerable.Range(0, 40).Select(i => i switch
        {
            5 => null!,
            6 => Employee(6) with { EmployeeId = null! },
            _ => Employee(i),
        }).ToList();

        var results = engine.CalculateMany(inputs).ToList();

        Assert.Equal([5L, 6L], results.Where(r => !r.IsSuccess).Select(r => r.Index));
        Assert.Equal(new PayrollError("?", "$", "the record is null."), results[5].Error);
        Assert.Equal(("?", "employeeId"), (results[6].Error!.EmployeeId, results[6].Error!.Field));
        Assert.DoesNotContain("appears again", results[6].Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CalculateManyAsync_ReadUnderASynchronizationContext_NeverResumesOnIt()
    {
        // A host blocking on the stream from a UI thread or a classic ASP.NET request would deadlock if the engine's
        // awaits resumed on its context. The source completes off the context, so only the engine could post to it.
        var engine = new PayrollEngineBuilder().WithBatchSize(16).Build();
        var context = new CountingSynchronizationContext();
        var paid = 0;

        await context.RunAsCaller(() =>
        {
            // Blocking on purpose: a continuation posted to the context would run elsewhere and be counted.
            var results = engine.CalculateManyAsync(SlowSource(20)).GetAsyncEnumerator();
            while (results.MoveNextAsync().AsTask().GetAwaiter().GetResult())
            {
                paid += results.Current.IsSuccess ? 1 : 0;
            }

            results.DisposeAsync().AsTask().GetAwaiter().GetResult();
        });

        Assert.Equal(0, context.Continuations);
        Assert.Equal(20, paid);

        static async IAsyncEnumerable<EmployeeMonthInput> SlowSource(int n)
        {
            for (var i = 0; i < n; i++)
            {
                await Task.Delay(1).ConfigureAwait(false);
                yield return Employee(i);
            }
        }
    }
}
