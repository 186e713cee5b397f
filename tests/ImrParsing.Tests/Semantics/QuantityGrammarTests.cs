using ImrParsing.Benchmarks;
using ImrParsing.Semantics;
using ImrParsing.Syntax;
using ImrParsing.Tests.Infrastructure;
using Pidgin;

namespace ImrParsing.Tests.Semantics;

/// <summary>The quantity rules, on the words of the corpus's requests.</summary>
public sealed class QuantityGrammarTests
{
    [Theory]
    [InlineData("2 times a week", 2, TimeUnit.Week)]
    [InlineData("two times a week", 2, TimeUnit.Week)]
    [InlineData("3 visits per week", 3, TimeUnit.Week)]
    [InlineData("5 times a week", 5, TimeUnit.Week)]
    [InlineData("2 times weekly", 2, TimeUnit.Week)]
    [InlineData("three times weekly", 3, TimeUnit.Week)]
    public void A_number_of_times_per_period_is_a_frequency(string text, int times, TimeUnit period)
    {
        var piece = GrammarAssert.Parses(PidginQuantityGrammar.AmountFirst.Before(Parser<char>.End), text);

        piece.Frequency!.Value.Low.Value.ShouldBe(times);
        piece.FrequencyPeriod!.Value.Value.ShouldBe(period);
        piece.Count.ShouldBeNull();
        piece.Duration.ShouldBeNull();
        text.Slice(piece.Frequency.Value.Low.Range).ShouldBe(text.Split(' ')[0]);
    }

    [Theory]
    [InlineData("2 times 8", 2, 8, "8")]
    [InlineData("1 times 6", 1, 6, "6")]
    [InlineData("two times four visits", 2, 4, "four")]
    [InlineData("2x4", 2, 4, "4")]
    public void The_letters_shorthand_times_gives_a_frequency_and_a_duration_without_units(string text, int times, int length, string lengthText)
    {
        var piece = GrammarAssert.Parses(PidginQuantityGrammar.AmountFirst.Before(Parser<char>.End), text);

        piece.Frequency!.Value.Low.Value.ShouldBe(times);
        piece.Duration!.Value.Low.Value.ShouldBe(length);
        text.Slice(piece.Duration.Value.Low.Range).ShouldBe(lengthText);
        piece.FrequencyPeriod.ShouldBeNull();
        piece.DurationUnit.ShouldBeNull();
        piece.Count.ShouldBeNull();
    }

    [Theory]
    [InlineData("12 visits", 12)]
    [InlineData("six sessions", 6)]
    [InlineData("Four sessions", 4)]
    [InlineData("18 sessions", 18)]
    [InlineData("6 visits", 6)]
    public void A_number_of_sessions_is_a_count(string text, int count)
    {
        var piece = GrammarAssert.Parses(PidginQuantityGrammar.AmountFirst.Before(Parser<char>.End), text);

        piece.Count!.Value.Low.Value.ShouldBe(count);
        piece.Count.Value.High.ShouldBeNull();
        piece.Frequency.ShouldBeNull();
    }

    [Theory]
    [InlineData("30 day", 30, TimeUnit.Day)]
    [InlineData("2 month", 2, TimeUnit.Month)]
    [InlineData("one week", 1, TimeUnit.Week)]
    [InlineData("Three months", 3, TimeUnit.Month)]
    [InlineData("30-day", 30, TimeUnit.Day)]
    public void A_number_of_days_weeks_or_months_is_a_duration(string text, int length, TimeUnit unit)
    {
        var piece = GrammarAssert.Parses(PidginQuantityGrammar.AmountFirst.Before(Parser<char>.End), text);

        piece.Duration!.Value.Low.Value.ShouldBe(length);
        piece.DurationUnit!.Value.Value.ShouldBe(unit);
    }

    [Theory]
    [InlineData("7-10 days", 7, 10, "7", "10")]
    [InlineData("1-2 visits", 1, 2, "1", "2")]
    public void Ranges_keep_both_numbers(string text, int low, int high, string lowText, string highText)
    {
        var piece = GrammarAssert.Parses(PidginQuantityGrammar.AmountFirst.Before(Parser<char>.End), text);
        var amount = piece.Duration ?? piece.Count;

        amount!.Value.Low.Value.ShouldBe(low);
        amount.Value.High!.Value.Value.ShouldBe(high);
        text.Slice(amount.Value.Low.Range).ShouldBe(lowText);
        text.Slice(amount.Value.High.Value.Range).ShouldBe(highText);
    }

    [Theory]
    [InlineData("6 hours per day")]
    [InlineData("3 in 1 commode")]
    [InlineData("1.5 Tesla")]
    [InlineData("15 mins")]
    [InlineData("2016 order")]
    public void Other_numbers_are_not_quantities(string text) => GrammarAssert.Fails(PidginQuantityGrammar.AmountFirst, text);

    [Theory]
    [InlineData("for 4 weeks", 4, TimeUnit.Week)]
    [InlineData("times six weeks", 6, TimeUnit.Week)]
    [InlineData("over two weeks", 2, TimeUnit.Week)]
    [InlineData("for a 2 month rental", 2, TimeUnit.Month)]
    [InlineData("for one week", 1, TimeUnit.Week)]
    [InlineData("x 4 weeks", 4, TimeUnit.Week)]
    public void Introduced_durations(string text, int length, TimeUnit unit)
    {
        var piece = GrammarAssert.Parses(PidginQuantityGrammar.IntroducedDuration, text);

        piece.Duration!.Value.Low.Value.ShouldBe(length);
        piece.DurationUnit!.Value.Value.ShouldBe(unit);
    }

    [Theory]
    [InlineData("for the lumbar spine")]
    [InlineData("times 12")]
    [InlineData("for six sessions")]
    public void Not_introduced_durations(string text) => GrammarAssert.Fails(PidginQuantityGrammar.IntroducedDuration, text);

    [Theory]
    [InlineData("twice a week", 2, TimeUnit.Week)]
    [InlineData("once weekly", 1, TimeUnit.Week)]
    public void Frequencies_in_one_word(string text, int times, TimeUnit period)
    {
        var piece = GrammarAssert.Parses(PidginQuantityGrammar.AdverbFrequency, text);

        piece.Frequency!.Value.Low.Value.ShouldBe(times);
        piece.FrequencyPeriod!.Value.Value.ShouldBe(period);
    }

    [Fact]
    public void Daily_alone_is_once_a_day()
    {
        var piece = GrammarAssert.Parses(PidginQuantityGrammar.EveryPeriod, "Daily RN");

        piece.Frequency!.Value.Low.Value.ShouldBe(1);
        piece.FrequencyPeriod!.Value.Value.ShouldBe(TimeUnit.Day);
        "Daily RN".Slice(piece.Frequency.Value.Low.Range).ShouldBe("Daily");
    }

    [Theory]
    [InlineData("times 12", 12)]
    [InlineData("times 1", 1)]
    public void Counts_after_times(string text, int count) =>
        GrammarAssert.Parses(PidginQuantityGrammar.TimesCount, text).Count!.Value.Low.Value.ShouldBe(count);

    [Theory]
    [InlineData("#6", 6)]
    [InlineData("#2", 2)]
    public void Counts_after_a_number_sign(string text, int count) =>
        GrammarAssert.Parses(PidginQuantityGrammar.HashCount, text).Count!.Value.Low.Value.ShouldBe(count);

    [Fact]
    public void Counts_after_qty() =>
        GrammarAssert.Parses(PidginQuantityGrammar.LabelledCount, "QTY: 2").Count!.Value.Low.Value.ShouldBe(2);

    [Fact]
    public void A_bare_number_ends_a_request_as_its_count()
    {
        GrammarAssert.Parses(PidginQuantityGrammar.TrailingCount, ", 2").Count!.Value.Low.Value.ShouldBe(2);
        GrammarAssert.Fails(PidginQuantityGrammar.TrailingCount, ", 2 visits");
    }

    [Fact]
    public void Days_of_supply() =>
        GrammarAssert.Parses(PidginQuantityGrammar.DaySupply, "day supply: 30").Duration!.Value.Low.Value.ShouldBe(30);

    [Theory]
    [InlineData("(8)", 8)]
    [InlineData("(4)", 4)]
    [InlineData("(12 sessions)", 12)]
    public void Totals_in_brackets(string text, int count) =>
        GrammarAssert.Parses(PidginQuantityGrammar.Total, text).Count!.Value.Low.Value.ShouldBe(count);

    [Theory]
    [InlineData("Twelve physical therapy sessions", 12, "Twelve")]
    [InlineData("12 Physical Therapy Treatments", 12, "12")]
    [InlineData("One (1) x-ray of the thoracic spine", 1, "One (1)")]
    [InlineData("One platelet-rich plasma injection", 1, "One")]
    [InlineData("Eight physical therapy sessions", 8, "Eight")]
    public void A_number_that_opens_a_request_counts_it(string text, int count, string countText)
    {
        var piece = GrammarAssert.Parses(PidginQuantityGrammar.OpeningCount, text);

        piece.Count!.Value.Low.Value.ShouldBe(count);
        text.Slice(piece.Count.Value.Low.Range).ShouldBe(countText);
    }

    [Theory]
    [InlineData("Three months coverage of Viagra 50mg")]
    [InlineData("Two refills of Ibuprofen 600mg #90")]
    [InlineData("one week trial of Acute Rehabilitation Unit")]
    [InlineData("2 times 8")]
    public void Opening_numbers_of_time_or_refills_are_not_counts(string text) => GrammarAssert.Fails(PidginQuantityGrammar.OpeningCount, text);
}
