using ImrParsing.Semantics;

namespace ImrParsing.Tests.Semantics;

/// <summary>The readers on text made of the pieces they look for, shuffled: never an exception, every range inside the input.</summary>
public sealed class ArbitraryTextTests
{
    private static readonly string[] Pieces =
    [
        "1", "0", "12", "2016", "-", "/", "-\n", "/ ", " ", "\n", ".", ",", ";", ":", "(", ")", "\"", "injury", "claim", "on", "of",
        "date", "dated", "March", "Dec.", "diagnoses", "diagnosed", "include", "are", "as having", "with", "treated for",
        "undergoing treatment for", "the", "The", "injured worker", "IW", "patient", "48 year old", "male", "and", "right",
        "left", "shoulder", "strain", "a", "subsequent", "\u00A0", "\f",
    ];

    [Fact]
    public void The_readers_never_throw_and_stay_inside_the_input()
    {
        var random = new Random(20170101);
        for (int sample = 0; sample < 3000; sample++)
        {
            string text = string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            var dates = NarrativeDates.Find(text);
            var injury = DateOfInjuryReader.Find(text);
            var term = PatientTermReader.Find(text);
            var diagnoses = DiagnosisReader.Find(text);

            foreach (var range in dates.Select(date => (date.Start, date.End)).Concat(injury is { } i ? [(i.Start, i.End)] : [])
                .Concat(term is { } t ? [(t.Start, t.End)] : []).Concat(diagnoses))
            {
                range.Start.ShouldBeInRange(0, text.Length, text);
                range.End.ShouldBeInRange(range.Start, text.Length, text);
            }
        }
    }
}
