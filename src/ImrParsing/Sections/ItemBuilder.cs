using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Pidgin;
using ImrParsing.Diagnostics;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Semantics;
using ImrParsing.Syntax;
using ImrParsing.Text;
using ImrParsing.Tokenizing;

namespace ImrParsing.Sections;

/// <summary>Turns an <see cref="ItemSyntax"/> into a <see cref="DisputedItem"/>.</summary>
internal static class ItemBuilder
{
    /// <summary>The items of <paramref name="syntax"/>, numbered from 1, each built as <see cref="Build"/> does.</summary>
    public static ImmutableArray<DisputedItem> BuildAll(SectionContext context, ImmutableArray<ItemSyntax> syntax, Func<SectionContext, ItemSyntax, DisputedItem, DisputedItem>? readHead)
    {
        var items = new DisputedItem[syntax.Length];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = Build(context, syntax[i], i + 1, readHead);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(items);
    }

    /// <summary>
    /// Builds the item, reading its head with <paramref name="readHead"/> (the older layouts state
    /// decisions in sentences), or as the Final Determination writes it where that is null; the
    /// item is made once, with all its parts.
    /// </summary>
    public static DisputedItem Build(SectionContext context, ItemSyntax syntax, int number, Func<SectionContext, ItemSyntax, DisputedItem, DisputedItem>? readHead)
    {
        var lines = context.Lines;
        var head = new ItemHead(number, context.Span(syntax.Lines));
        if (syntax.Head.IsEmpty)
        {
            MissingHead(context, syntax, number);
        }
        else
        {
            head = readHead is null ? ReadHead(context, syntax, head) : ItemHead.Of(readHead(context, syntax, new DisputedItem { Number = number, Span = head.Span }));
        }

        var details = head.Request is { } request ? context.Parser.Requests.Read(context, request) : null;

        ItemPart? claims = null;
        ItemPart? maximus = null;
        ItemPart? rationale = null;
        foreach (var part in syntax.Parts)
        {
            var label = lines[part.Lines.Start];
            var rule = context.RuleOf(label);
            int textEnd = lines[part.Lines.End - 1].ContentEnd;
            var text = context.Value(context.AfterLabel(label, rule, textEnd), textEnd);
            var span = context.Span(part.Lines);
            if (rule == DecisionsSectionParser.ClaimsAdministratorGuideline && claims is null)
            {
                claims = new ItemPart(text, span);
            }
            else if (rule == DecisionsSectionParser.MaximusGuideline && maximus is null)
            {
                maximus = new ItemPart(text, span);
            }
            else if (rule == DecisionsSectionParser.DecisionRationale && rationale is null)
            {
                rationale = new ItemPart(text, span);
            }
            else
            {
                bool isPart = rule is not null && DecisionsSectionParser.ItemParts.Contains(rule);
                context.Report(isPart ? ImrDiagnostics.RepeatedItemPart : ImrDiagnostics.UnexpectedItemPart, span, number, rule?.Phrase.TrimEnd(':') ?? "?");
                context.Unrecognized(part.Lines);
            }
        }

        ReportMissing(context, head, claims, DecisionsSectionParser.ClaimsAdministratorGuideline);
        ReportMissing(context, head, maximus, DecisionsSectionParser.MaximusGuideline);
        ReportMissing(context, head, rationale, DecisionsSectionParser.DecisionRationale);
        return ItemSemantics.Read(context, head, details, claims, maximus, rationale);
    }

    private static void ReportMissing(SectionContext context, ItemHead item, ItemPart? part, LineRule rule)
    {
        if (part is null)
        {
            context.Report(ImrDiagnostics.MissingItemPart, context.Span(item.Span.End, item.Span.End), item.Number, rule.Phrase.TrimEnd(':'));
        }
    }

    private static void MissingHead(SectionContext context, ItemSyntax syntax, int number)
    {
        var first = context.Lines[syntax.Lines.Start];
        var rule = context.RuleOf(first);
        context.Report(ImrDiagnostics.MissingRequest, context.Span(first.ContentStart, first.ContentEnd), rule?.Phrase.TrimEnd(':') ?? "text", number);
    }

    private static ItemHead ReadHead(SectionContext context, ItemSyntax syntax, ItemHead item)
    {
        var lines = context.Lines;
        string text = context.Text;
        int start = lines[syntax.Head.Start].ContentStart;
        int end;
        Spanned<Decision>? decision = null;
        if (syntax.DecisionLine >= 0)
        {
            var line = lines[syntax.DecisionLine];
            var (wordStart, wordEnd) = DecisionWord(text, line, context.DecisionWord(line.Rule).Word.Length);
            decision = context.Spanned(context.DecisionWord(line.Rule).Decision, wordStart, wordEnd);
            end = RequestEnd(text, start, wordStart);
        }
        else
        {
            end = lines[syntax.Head.End - 1].ContentEnd;
            if (text[end - 1] == ':')
            {
                end--;
            }

            context.Report(ImrDiagnostics.MissingDecision, context.Span(start, lines[syntax.Head.End - 1].ContentEnd), item.Number, DecisionWords(context));
        }

        if (end <= start)
        {
            context.Report(ImrDiagnostics.MissingRequest, context.Span(start, start), "decision", item.Number);
            return item with { Decision = decision };
        }

        if (ItemHeadGrammar.PartialAuthorization(text, start, end) is { } partial)
        {
            return item with
            {
                Decision = decision,
                OriginalRequest = context.Value(partial.Original.Start, partial.Original.End),
                Authorized = context.Value(partial.Authorized.Start, partial.Authorized.End),
                Request = context.Value(partial.Remaining.Start, partial.Remaining.End),
            };
        }

        return item with { Decision = decision, Request = context.Value(start, end) };
    }

    // The parser's decision words as the message names them: "\": Upheld\" or \": Overturned\"".
    private static string DecisionWords(SectionContext context)
    {
        var words = context.Parser.DecisionWords.Select(word => $"\": {word.Word}\"").ToList();
        return words.Count <= 1 ? words.FirstOrDefault() ?? "a decision word" : string.Join(", ", words[..^1]) + " or " + words[^1];
    }

    // The decision word at the end of the line, a trailing full stop left out; a word an extractor
    // split with a space ("Up held") is taken whole.
    private static (int Start, int End) DecisionWord(string text, Line line, int length)
    {
        int end = line.ContentEnd;
        if (text[end - 1] == '.')
        {
            end--;
        }

        int start = LettersBefore(text, line.ContentStart, end);
        if (end - start < length && start - 1 > line.ContentStart && text[start - 1] == ' ')
        {
            start = LettersBefore(text, line.ContentStart, start - 1);
        }

        return (start, end);
    }

    private static int LettersBefore(string text, int lineStart, int end)
    {
        int start = end;
        while (start > lineStart && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return start;
    }

    // "Z is: Upheld" and "Z: Upheld" both decide Z: the request ends before the colon and the "is".
    private static int RequestEnd(string text, int start, int decisionStart)
    {
        int end = SkipSpaceBack(text, start, decisionStart);
        if (end > start && text[end - 1] == ':')
        {
            end = SkipSpaceBack(text, start, end - 1);
            if (end - 3 >= start && CharSets.IsSpace(text[end - 3]) && text.AsSpan(end - 2, 2).Equals("is", StringComparison.OrdinalIgnoreCase))
            {
                end = SkipSpaceBack(text, start, end - 2);
            }
        }

        return end;
    }

    private static int SkipSpaceBack(string text, int start, int end)
    {
        while (end > start && CharSets.IsSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
