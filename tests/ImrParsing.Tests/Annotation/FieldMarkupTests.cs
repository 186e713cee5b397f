using System.Text;
using ImrParsing.Annotation;
using ImrParsing.Text;

namespace ImrParsing.Tests.Annotation;

public sealed class FieldMarkupTests
{
    private static string Write(string text, params (int Start, int Length, string Name)[] marks)
    {
        var output = new StringBuilder();
        FieldMarkup.Write(
            text,
            [.. marks.Select(mark => new FieldMarkup.Mark(new TextSpan(mark.Start, mark.Length, 1, mark.Start + 1), $"<{mark.Name}>", $"</{mark.Name}>"))],
            stretch => output.Append(stretch.Span),
            markup => output.Append(markup));
        return output.ToString();
    }

    [Fact]
    public void A_field_inside_another_opens_after_it_and_closes_before_it() =>
        Write("a 48 year old male", (0, 18, "t"), (2, 2, "age"), (14, 4, "sex"))
            .ShouldBe("<t>a <age>48</age> year old <sex>male</sex></t>");

    [Fact]
    public void Fields_that_cross_are_split_where_one_ends() =>
        Write("abcdef", (0, 4, "x"), (2, 4, "y"))
            .ShouldBe("<x>ab<y>cd</y></x><y>ef</y>");

    [Fact]
    public void Fields_of_one_span_nest_in_the_order_given_and_empty_ones_are_left_out() =>
        Write("abc", (1, 1, "x"), (1, 1, "y"), (0, 0, "z"))
            .ShouldBe("a<x><y>b</y></x>c");
}
