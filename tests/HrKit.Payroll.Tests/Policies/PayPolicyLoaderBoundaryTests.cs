using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;
using HrKit.Payroll.Policies;
using HrKit.Payroll.Policies.Formulas;
using NodaTime;

namespace HrKit.Payroll.Tests.Policies;

/// <summary>
/// The pay policy loader at the edges of each rule of docs/payroll-policy.md: bounds at ±10^12 and one step beyond,
/// names, kinds, rounding defaults, slots, dependency order and cycles, each error naming its section and field.
/// </summary>
public sealed class PayPolicyLoaderBoundaryTests
{
    private const string OneEarning = """{ "code": "A", "kind": "earning", "formula": "1" }""";

    private static string Policy(string components, string extra = "") =>
        $$"""{ "name": "test", {{extra}} "components": [ {{components}} ] }""";

    private static PayPolicyError Single(string json) =>
        Assert.Single(Assert.Throws<PayPolicyException>(() => PayPolicyLoader.Parse(json)).Errors);

    private static EmployeeMonthInput Input(decimal baseSalary = 0m, Dictionary<string, decimal>? custom = null) => new()
    {
        EmployeeId = "x", Period = new YearMonth(2026, 1), City = "beijing", BaseSalary = baseSalary,
        CustomInputs = custom ?? [],
    };

    [Theory]
    [InlineData("1000000000000")]
    [InlineData("-1000000000000")]
    public void Parse_ValuesAtTheFormulaBound_AreAccepted(string value)
    {
        var policy = PayPolicyLoader.Parse(Policy(OneEarning,
            $$""" "parameters": { "p": {{value}} }, "tables": { "t": { "K": {{value}} } }, "customInputs": [ { "name": "c", "default": {{value}} } ], """));

        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), policy.Parameters["p"]);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(policy.CustomInputs).Default);
    }

    [Theory]
    [InlineData("1000000000000.01")]
    [InlineData("-1000000000000.01")]
    public void Parse_ValuesBeyondTheFormulaBound_AreRefusedNamingEach(string value)
    {
        var ex = Assert.Throws<PayPolicyException>(() => PayPolicyLoader.Parse(Policy(OneEarning,
            $$""" "parameters": { "p": {{value}} }, "tables": { "t": { "K": {{value}} } }, "customInputs": [ { "name": "c", "default": {{value}} } ], """)));

        var expected = $"{value} is outside ±1000000000000, the largest policy number (docs/payroll-policy.md#bounds).";
        Assert.Collection(ex.Errors,
            e => Assert.Equal(new PayPolicyError("parameters", "p", expected), e),
            e => Assert.Equal(new PayPolicyError("tables", "t.K", expected), e),
            e => Assert.Equal(new PayPolicyError("customInputs", "customInputs[0].default", expected), e));
    }

    [Theory]
    [InlineData("Rate")]
    [InlineData("1rate")]
    [InlineData("rate-x")]
    [InlineData("_rate")]
    public void Parse_ParameterNameNotLowerSnakeCase_IsRefused(string name)
    {
        Assert.Equal(new PayPolicyError("parameters", name, "parameter names are lower_snake_case, starting with a letter."),
            Single(Policy(OneEarning, $$""" "parameters": { "{{name}}": 1 }, """)));
    }

    [Theory]
    [InlineData("\"Days\"", "'Days' is not a valid name; use lower_snake_case.")]
    [InlineData("null", "'' is not a valid name; use lower_snake_case.")]
    public void Parse_CustomInputNameInvalid_IsRefusedWithItsIndex(string name, string expected)
    {
        Assert.Equal(new PayPolicyError("customInputs", "customInputs[1]", expected),
            Single(Policy(OneEarning, $$""" "customInputs": [ { "name": "ok" }, { "name": {{name}} } ], """)));
    }

    [Fact]
    public void Parse_NamesTakenTwice_SayWhoOwnsTheName()
    {
        var ex = Assert.Throws<PayPolicyException>(() => PayPolicyLoader.Parse(Policy(
            """{ "code": "A", "kind": "earning", "formula": "1" }, { "code": "A", "kind": "earning", "formula": "2" }""",
            """ "parameters": { "rate": 1 }, "customInputs": [ { "name": "rate" }, { "name": "month" }, { "name": "bonus" }, { "name": "bonus" } ], """)));

        Assert.Collection(ex.Errors,
            e => Assert.Equal(new PayPolicyError("customInputs", "customInputs[0]", "the name 'rate' is already a parameter; choose another name."), e),
            e => Assert.Equal(new PayPolicyError("customInputs", "customInputs[1]", "the name 'month' is already a built-in input; choose another name."), e),
            e => Assert.Equal(new PayPolicyError("customInputs", "customInputs[3]", "the name 'bonus' is already a custom input; choose another name."), e),
            e => Assert.Equal(new PayPolicyError("A", "code", "the name 'A' is already the code of component #1; choose another name."), e));
    }

    [Fact]
    public void Parse_TablesEmptyOrNull_AreRefusedEach()
    {
        var ex = Assert.Throws<PayPolicyException>(() => PayPolicyLoader.Parse(Policy(OneEarning,
            """ "tables": { "empty": { }, "missing": null }, """)));

        Assert.Equal(["empty", "missing"], ex.Errors.Select(e => e.Field));
        Assert.All(ex.Errors, e => Assert.Equal("a table needs at least one entry, e.g. { \"A\": 1.2 }.", e.Message));
    }

    [Fact]
    public void Parse_NoComponents_SaysToAddOne()
    {
        Assert.Equal(new PayPolicyError("components", "$", "the policy has no components; add at least one earning."),
            Single("""{ "name": "test", "components": [] }"""));
        Assert.Equal(new PayPolicyError("components", "$", "the policy has no components; add at least one earning."),
            Single("""{ "name": "test" }"""));
    }

    [Fact]
    public void Parse_ExactlyTheMostComponents_IsAccepted()
    {
        // PayrollLimits.MaxPolicyComponents = 500; 501 is refused in FormulaLimitTests.
        var components = string.Join(",", Enumerable.Range(1, 500).Select(i => $$"""{ "code": "C{{i}}", "kind": "info", "formula": "{{i}}" }"""));

        Assert.Equal(500, PayPolicyLoader.Parse(Policy(components)).Components.Length);
    }

    [Theory]
    [InlineData("\"a\"", "a")]
    [InlineData("\"1A\"", "1A")]
    [InlineData("\"A-B\"", "A-B")]
    [InlineData("\" \"", "components[1]")]
    [InlineData("null", "components[1]")]
    public void Parse_ComponentCodeNotUpperSnakeCase_IsRefusedNamingIt(string code, string label)
    {
        Assert.Equal(new PayPolicyError(label, "code", "a component code is required, in UPPER_SNAKE_CASE (e.g. OT_WORKDAY)."),
            Single(Policy($$"""{{OneEarning}}, { "code": {{code}}, "kind": "earning", "formula": "1" }""")));
    }

    [Theory]
    [InlineData("earning", PayComponentKind.Earning)]
    [InlineData("Earning", PayComponentKind.Earning)]
    [InlineData("deduction", PayComponentKind.Deduction)]
    [InlineData("postTaxDeduction", PayComponentKind.PostTaxDeduction)]
    [InlineData("POSTTAXDEDUCTION", PayComponentKind.PostTaxDeduction)]
    [InlineData("employerCost", PayComponentKind.EmployerCost)]
    [InlineData("info", PayComponentKind.Info)]
    public void Parse_Kind_IsReadWhateverItsCase(string kind, PayComponentKind expected)
    {
        var policy = PayPolicyLoader.Parse(Policy($$"""{ "code": "A", "kind": "{{kind}}", "formula": "1" }"""));

        Assert.Equal(expected, Assert.Single(policy.Components).Kind);
    }

    [Fact]
    public void Parse_KindMissing_IsRefused()
    {
        Assert.Equal(new PayPolicyError("A", "kind", "'' is not a kind; use earning, deduction, postTaxDeduction, employerCost or info."),
            Single(Policy("""{ "code": "A", "formula": "1" }""")));
    }

    [Theory]
    [InlineData("info", null, RoundingRule.None)]       // info lines are kept exact unless told
    [InlineData("earning", null, RoundingRule.Fen)]     // money lines default to the fen
    [InlineData("info", "fen", RoundingRule.Fen)]
    [InlineData("earning", "yuan", RoundingRule.Yuan)]
    [InlineData("deduction", "jiao", RoundingRule.Jiao)]
    public void Parse_Rounding_DefaultsByKind(string kind, string? rounding, RoundingRule expected)
    {
        var field = rounding is null ? "" : $$""", "rounding": "{{rounding}}" """;
        var policy = PayPolicyLoader.Parse(Policy($$"""{ "code": "A", "kind": "{{kind}}", "formula": "1" {{field}} }"""));

        Assert.Equal(expected, Assert.Single(policy.Components).Rounding);
    }

    [Fact]
    public void Parse_RoundingUnknown_IsRefusedOnTheRoundingField()
    {
        var error = Single(Policy("""{ "code": "A", "kind": "earning", "formula": "1", "rounding": "cent" }"""));

        Assert.Equal(("A", "rounding"), (error.Component, error.Field));
        Assert.Contains("cent", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deduction")]
    [InlineData("postTaxDeduction")]
    [InlineData("employerCost")]
    [InlineData("info")]
    public void Parse_TaxFreeOnANonEarning_IsRefused(string kind)
    {
        Assert.Equal(new PayPolicyError("A", "taxFree", "only earnings can be tax-free."),
            Single(Policy($$"""{ "code": "A", "kind": "{{kind}}", "formula": "1", "taxFree": true }""")));
    }

    [Fact]
    public void Parse_Component_KeepsEveryField()
    {
        var policy = PayPolicyLoader.Parse(Policy("""
            { "code": "MEAL", "name": "Meal allowance", "kind": "earning", "formula": "2 * 3", "taxFree": true, "description": "why" },
            { "code": "NONAME", "kind": "earning", "formula": "1" }
            """, """ "version": "2026.1", """));

        var meal = policy.Components[0];
        Assert.Equal(("MEAL", "Meal allowance", true, "why", "2 * 3"), (meal.Code, meal.Name, meal.TaxFree, meal.Description, meal.FormulaText));
        Assert.Equal("NONAME", policy.Components[1].Name); // the name defaults to the code
        Assert.False(policy.Components[1].TaxFree);
        Assert.Equal(("test", "2026.1"), (policy.Name, policy.Version));
    }

    [Theory]
    [InlineData("""{ "components": [ { "code": "A", "kind": "earning", "formula": "1" } ] }""")]
    [InlineData("""{ "name": " ", "components": [ { "code": "A", "kind": "earning", "formula": "1" } ] }""")]
    public void Parse_NoName_IsNamedAfterTheSource(string json)
    {
        Assert.Equal("hr.json", PayPolicyLoader.Parse(json, "hr.json").Name);
    }

    [Fact]
    public void Parse_SocialInsuranceBase_DefaultsToBasePlusAllowances_OrIsTheGivenFormula()
    {
        Assert.Equal("base_salary + allowances_total", PayPolicyLoader.Parse(Policy(OneEarning)).SocialInsuranceBaseFormula);
        Assert.Equal("base_salary * 0.6", PayPolicyLoader.Parse(Policy(OneEarning, """ "socialInsuranceBase": "base_salary * 0.6", """)).SocialInsuranceBaseFormula);
        Assert.Equal(new PayPolicyError("socialInsuranceBase", "formula", "\"nope\": unknown name 'nope' at position 1."),
            Single(Policy(OneEarning, """ "socialInsuranceBase": "nope", """)));
    }

    [Fact]
    public void Parse_Slots_FollowBuiltInsThenParametersThenCustomInputsThenComponents()
    {
        // 15 built-in numbers take slots 0-14, then the parameter, the custom input and the two components.
        var policy = PayPolicyLoader.Parse(Policy(
            """{ "code": "A", "kind": "earning", "formula": "p + c" }, { "code": "B", "kind": "earning", "formula": "A" }""",
            """ "parameters": { "p": 1 }, "customInputs": [ { "name": "c", "default": 2 } ], """));

        Assert.Equal(new FormulaSymbol(FormulaType.Number, 0), policy.Symbols["base_salary"]);
        Assert.Equal(new FormulaSymbol(FormulaType.Number, 14), policy.Symbols["month"]);
        Assert.Equal(new FormulaSymbol(FormulaType.Text, 0), policy.Symbols["performance_grade"]);
        Assert.Equal(new FormulaSymbol(FormulaType.Text, 2), policy.Symbols["department"]);
        Assert.Equal(new FormulaSymbol(FormulaType.Number, 15), policy.Symbols["p"]);
        Assert.Equal(new FormulaSymbol(FormulaType.Number, 16), policy.Symbols["c"]);
        Assert.Equal(("c", 2m, 16), Assert.Single(policy.CustomInputs));
        Assert.Equal([17, 18], policy.Components.Select(c => c.Slot));
        Assert.Equal(19, policy.NumberSlots);
        // Explained numbers: the names formulas read, first read first: p, c, A.
        Assert.Equal([15, 16, 17], policy.ExplainedNumberSlots);
        Assert.Equal(0, policy.ExplainedNumberIndex[15]);
        Assert.Equal(2, policy.ExplainedNumberIndex[17]);
        Assert.Equal(-1, policy.ExplainedNumberIndex[0]);
    }

    [Fact]
    public void Calculate_CustomInput_DefaultUnlessGiven()
    {
        var policy = PayPolicyLoader.Parse(Policy("""{ "code": "A", "kind": "earning", "formula": "days * rate" }""",
            """ "parameters": { "rate": 30 }, "customInputs": [ { "name": "days", "default": 2 } ], """));
        var engine = new PayrollEngineBuilder().WithPolicy(policy).Build();

        Assert.Equal(60m, engine.Calculate(Input()).Line("A")!.Amount);                                                // 2 × 30
        Assert.Equal(150m, engine.Calculate(Input(custom: new() { ["days"] = 5m })).Line("A")!.Amount);              // 5 × 30
    }

    [Fact]
    public void Parse_Diamond_OrdersEachComponentOnceAfterItsDependencies()
    {
        // D reads B and C, both read A, A reads a parameter (not a component): A, B, C, D, no false cycle.
        var policy = PayPolicyLoader.Parse(Policy("""
            { "code": "D", "kind": "earning", "formula": "B + C" },
            { "code": "B", "kind": "info", "formula": "A * 2" },
            { "code": "C", "kind": "info", "formula": "A * 3" },
            { "code": "A", "kind": "info", "formula": "p" }
            """, """ "parameters": { "p": 10 }, """));
        var engine = new PayrollEngineBuilder().WithPolicy(policy).Build();

        Assert.Equal(["A", "B", "C", "D"], policy.Components.Select(c => c.Code));
        Assert.Equal(50m, engine.Calculate(Input()).Line("D")!.Amount); // 10 × 2 + 10 × 3
    }

    [Fact]
    public void Parse_CycleAfterAPath_NamesOnlyTheLoop_AndOnlyTheFirst()
    {
        // D leads into the loop A -> B -> A; a second loop X -> X is not reported once the first is found.
        var error = Single(Policy("""
            { "code": "D", "kind": "earning", "formula": "A" },
            { "code": "A", "kind": "earning", "formula": "B" },
            { "code": "B", "kind": "earning", "formula": "A" },
            { "code": "X", "kind": "earning", "formula": "X" }
            """));

        Assert.Equal(new PayPolicyError("A", "formula", "components depend on each other in a cycle: A -> B -> A."), error);
    }

    [Fact]
    public void Parse_CycleAfterAFinishedDependency_LeavesItOutOfTheLoop()
    {
        // A reads B, then C; B is finished (it reads nothing) before C leads back to A: the loop is A -> C -> A.
        var error = Single(Policy("""
            { "code": "A", "kind": "earning", "formula": "B + C" },
            { "code": "B", "kind": "earning", "formula": "1" },
            { "code": "C", "kind": "earning", "formula": "A + 1" }
            """));

        Assert.Equal(new PayPolicyError("A", "formula", "components depend on each other in a cycle: A -> C -> A."), error);
    }

    [Fact]
    public void Parse_SelfReference_IsACycle()
    {
        Assert.Equal(new PayPolicyError("X", "formula", "components depend on each other in a cycle: X -> X."),
            Single(Policy("""{ "code": "X", "kind": "earning", "formula": "X + 1" }""")));
    }

    [Fact]
    public void Parse_FormulaMissing_SaysItIsRequired()
    {
        Assert.Equal(new PayPolicyError("A", "formula", "a formula is required, e.g. \"base_salary * proration_factor\"."),
            Single(Policy("""{ "code": "A", "kind": "earning" }""")));
    }

    [Fact]
    public void Load_NullDocument_IsEmpty()
    {
        var ex = Assert.Throws<PayPolicyException>(() => PayPolicyLoader.Parse("null", "p.json"));

        Assert.Equal(new PayPolicyError("json", "$", "the document is empty (null)."), Assert.Single(ex.Errors));
        Assert.Equal("p.json", ex.PolicyName);
    }

    [Fact]
    public void Load_MalformedJson_GivesLineColumnAndPath()
    {
        // Line 2 (1-based), the bad token 'x' is the 17th byte of that line; the path is where the reader was.
        var ex = Assert.Throws<PayPolicyException>(() => PayPolicyLoader.Parse("{ \"name\": \"n\",\n  \"version\": x }"));

        var error = Assert.Single(ex.Errors);
        Assert.Equal("json", error.Component);
        Assert.Equal("$.version", error.Field);
        Assert.StartsWith("malformed JSON at line 2, column 14: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_NullArguments_AreArgumentErrors()
    {
        Assert.Throws<ArgumentNullException>(() => PayPolicyLoader.Load(null!));
        Assert.Throws<ArgumentNullException>(() => PayPolicyLoader.Parse(null!));
        Assert.Throws<ArgumentException>(() => PayPolicyLoader.LoadFile(""));
        await Assert.ThrowsAsync<ArgumentNullException>(() => PayPolicyLoader.LoadAsync(null!));
        await Assert.ThrowsAsync<ArgumentException>(() => PayPolicyLoader.LoadFileAsync(""));
    }

    [Fact]
    public async Task LoadFile_NamesThePolicyAfterTheFile_SyncAndAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"hrkit-policy-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, """{ "components": [ { "code": "A", "kind": "earning", "formula": "1" } ] }""");
        try
        {
            Assert.Equal(Path.GetFileName(path), PayPolicyLoader.LoadFile(path).Name);
            Assert.Equal(Path.GetFileName(path), (await PayPolicyLoader.LoadFileAsync(path)).Name);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task LoadAsync_AtTheSizeLimit_IsRead_OneByteMore_IsRefused()
    {
        // PayrollLimits.MaxReferenceFileBytes = 16 MiB: a policy padded with spaces to exactly that size loads.
        var json = """{ "components": [ { "code": "A", "kind": "earning", "formula": "1" } ] }"""u8.ToArray();
        var atLimit = new byte[16 << 20];
        Array.Fill(atLimit, (byte)' ');
        json.CopyTo(atLimit, 0);

        Assert.Equal("p", (await PayPolicyLoader.LoadAsync(new MemoryStream(atLimit), "p")).Name);
        var ex = await Assert.ThrowsAsync<PayPolicyException>(() => PayPolicyLoader.LoadAsync(new MemoryStream([.. atLimit, (byte)' ']), "p"));
        Assert.Equal(new PayPolicyError("json", "$", "the file is larger than 16777216 bytes (PayrollLimits.MaxReferenceFileBytes)."), Assert.Single(ex.Errors));
    }

    [Fact]
    public void ChinaStandardJson_IsTheDocumentTheBuiltInPolicyIsLoadedFrom()
    {
        var reloaded = PayPolicyLoader.Parse(PayPolicyLoader.ChinaStandardJson());

        Assert.Equal(PayPolicy.ChinaStandard.Components.Select(c => (c.Code, c.FormulaText)), reloaded.Components.Select(c => (c.Code, c.FormulaText)));
        Assert.Equal(21.75m, reloaded.Parameters["monthly_pay_days"]); // 月计薪天数, (365 − 104) ÷ 12
    }

    [Fact]
    public void Exception_TargetsTheFirstProblem_AndListsEvery()
    {
        var ex = Assert.Throws<PayPolicyException>(() => PayPolicyLoader.Parse(Policy(
            """{ "code": "A", "kind": "salary", "formula": "1" }, { "code": "B", "kind": "earning", "formula": "" }"""), "hr.json"));

        Assert.Equal(PayPolicyException.Code, ex.ErrorCode);
        Assert.Equal(new HrKitErrorTarget(Record: "test", Field: "kind", Rule: "A"), ex.Target);
        Assert.Equal(
            "Pay policy 'test' has 2 error(s):" + Environment.NewLine +
            "  - A.kind: 'salary' is not a kind; use earning, deduction, postTaxDeduction, employerCost or info." + Environment.NewLine +
            "  - B.formula: a formula is required, e.g. \"base_salary * proration_factor\".",
            ex.Message);
        Assert.Equal("A.kind: 'salary' is not a kind; use earning, deduction, postTaxDeduction, employerCost or info.", ex.Errors[0].ToString());
    }

    [Fact]
    public void Exception_InChinese_TranslatesHeadingAndProblems()
    {
        var ex = Assert.Throws<PayPolicyException>(() => PayPolicyLoader.Parse(Policy("""{ "code": "A", "kind": "earning", "formula": "1", "taxFree": true }, { "code": "B", "kind": "info", "formula": "1", "taxFree": true }""")));

        var zh = ex.GetMessage(new System.Globalization.CultureInfo("zh-CN"));

        // The heading and the problem, each from the zh-CN resources ("Error.Policy", "Error.Policy.Item", "Error.Policy.TaxFree").
        Assert.Equal("薪酬政策“test”有 1 处错误：" + Environment.NewLine + "  - B.taxFree：只有应发项目可以免税。", zh);
        Assert.Equal("B.taxFree: only earnings can be tax-free.", Assert.Single(ex.Errors).ToString());
    }

    [Fact]
    public void Exception_MadeFromAMessage_KeepsItInEveryLanguage()
    {
        var inner = new InvalidOperationException("inner");
        var plain = new PayPolicyException("the host's own text");
        var wrapped = new PayPolicyException("the host's own text", inner);

        foreach (var ex in new[] { plain, wrapped })
        {
            Assert.Equal("the host's own text", ex.Message);
            Assert.Equal("the host's own text", ex.GetMessage(new System.Globalization.CultureInfo("zh-CN")));
            Assert.Empty(ex.Errors);
        }

        Assert.Same(inner, wrapped.InnerException);
    }

    [Fact]
    public void Exception_WithoutErrors_TargetsOnlyThePolicy()
    {
        var ex = new PayPolicyException("hr.json", []);

        Assert.Equal(new HrKitErrorTarget(Record: "hr.json"), ex.Target);
        Assert.Equal("Pay policy 'hr.json' has 0 error(s):" + Environment.NewLine, ex.Message);
    }

    [Fact]
    public void Error_EqualityIgnoresHowTheMessageIsShown()
    {
        var a = new PayPolicyError("A", "kind", "m");

        Assert.Equal(a, new PayPolicyError("A", "kind", "m"));
        Assert.Equal(a.GetHashCode(), new PayPolicyError("A", "kind", "m").GetHashCode());
        Assert.NotEqual(a, new PayPolicyError("B", "kind", "m"));
        Assert.NotEqual(a, new PayPolicyError("A", "code", "m"));
        Assert.NotEqual(a, new PayPolicyError("A", "kind", "n"));
        Assert.False(a.Equals(null));
    }
}
