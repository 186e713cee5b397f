using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ImrParsing.Lexing;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Pooling;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>
/// Decomposes a disputed item's request into <see cref="RequestDetails"/>: the service (by its
/// <see cref="ServiceClassifier"/>), body regions and side (by its <see cref="BodyRegionClassifier"/>),
/// quantity, medication and date of service. It lexes the request's source once
/// (<see cref="RequestText"/>): every rule reads those tokens (white space one flag, a word broken by
/// a line-end hyphen one token), so that the values are the same whatever extractor produced the
/// letter, and its values span their source words.
/// </summary>
internal sealed class RequestReader
{
    // The rule a medication recognized by its strength alone is reported under.
    private static readonly ServiceRule StrengthRule = new(ServiceClassifier.Medication, "a strength such as 50mg");

    // The service whose requests name an injection's kind, levels and drugs.
    private const string Injection = "injection";

    // Words that make a request retrospective without a date of service.
    private static readonly string[] RetrospectiveWords = ["retrospective", "retro"];

    // The phrases every token of a request is looked up in, of the service and region rules, the
    // date of service's leads (the date's rule runs only there) and the retrospective words: one
    // look-up a token for all of them, each kind's phrases in its own order.
    private readonly TokenPhrases<RequestPhrase> _phrases;

    /// <summary>Makes a reader with the given classifiers.</summary>
    public RequestReader(ServiceClassifier services, BodyRegionClassifier regions)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(regions);
        Services = services;
        Regions = regions;
        _phrases = new TokenPhrases<RequestPhrase>(
            services.Phrases.Select(phrase => (phrase.Phrase, new RequestPhrase(PhraseKind.Service, phrase.Rule, default)))
                .Concat(regions.Phrases.Select(phrase => (phrase.Phrase, new RequestPhrase(PhraseKind.Region, 0, phrase.Named))))
                .Concat(DateOfServiceGrammar.Leads.Select(lead => (lead, new RequestPhrase(PhraseKind.DateOfServiceLead, 0, default))))
                .Concat(RetrospectiveWords.Select(word => (word, new RequestPhrase(PhraseKind.Retrospective, 0, default)))));
    }

    private enum PhraseKind : byte
    {
        Service,
        Region,
        DateOfServiceLead,
        Retrospective,
    }

    // A phrase of one of the request's rules: a service rule's index, or the side or region a region rule names.
    private readonly record struct RequestPhrase(PhraseKind Kind, int Rule, (BodySide? Side, BodyRegionRule? Region) Named);

    /// <summary>The reader the parser uses, with <see cref="ServiceClassifier.Default"/> and <see cref="BodyRegionClassifier.Default"/>.</summary>
    public static RequestReader Default { get; } = new(ServiceClassifier.Default, BodyRegionClassifier.Default);

    /// <summary>
    /// A reader with the given classifiers: <see cref="Default"/> itself when they are the default
    /// ones, so that the default parser compiles the request's phrases once.
    /// </summary>
    public static RequestReader Of(ServiceClassifier services, BodyRegionClassifier regions) =>
        services == ServiceClassifier.Default && regions == BodyRegionClassifier.Default ? Default : new RequestReader(services, regions);

    /// <summary>Tells the service.</summary>
    public ServiceClassifier Services { get; }

    /// <summary>Finds the body regions and sides.</summary>
    public BodyRegionClassifier Regions { get; }

    /// <summary>The details of a request given alone: spans index into <paramref name="request"/>.</summary>
    public RequestDetails Read(string request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var lines = SourceText.From(request);
        string readable = ReadableText.Of(request, out var moved);
        Func<int, int, TextSpan> span = moved is null ? lines.GetSpanFromBounds : (start, end) =>
        {
            var (inputStart, inputEnd) = moved.ToInput(start, end);
            return lines.GetSpanFromBounds(inputStart, inputEnd);
        };
        return Read(readable, 0, request.Length, span, InputAsRead.Of(request, readable, moved));
    }

    /// <summary>The details of <paramref name="request"/>, a value read from <paramref name="context"/>'s letter.</summary>
    public RequestDetails Read(IReaderContext context, TextValue request)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        return Read(context.Text, request.Span.Start, request.Span.End, context.SpanMaker, context.AsRead);
    }

    // `text` is what the rules read; values take their text from the input `asRead` holds, or from `text`.
    private RequestDetails Read(string text, int start, int end, Func<int, int, TextSpan> span, InputAsRead? asRead)
    {
        using var request = new RequestText(text, start, end, span, asRead);
        // The regions found, in a list each thread keeps (taken while in use, given back emptied): only the model's regions are allocated.
        var found = PerThreadList<BodyRegionMatch>.Take();
        var phrases = ReadPhrases(request, found);
        var service = phrases.Service;
        Spanned<string>? serviceValue = service is { } named ? request.Spanned(named.Rule.Service, named.Words) : null;
        MedicationDetails? medication = null;
        // The tokens of a medication's directions and quantity, which the request's quantities leave unread:
        // one list per thread, taken while in use (a parse inside a parse gets its own) and given back emptied.
        var prescription = PerThreadList<(int First, int Last)>.Take();
        if (service is null || service.Value.Rule.Service == ServiceClassifier.Medication)
        {
            // A strength makes a medication of a request no rule names ("Zorvolex 35mg"); its name is the words that identify it.
            medication = MedicationReader.Read(request, needsStrength: service is null, prescription);
            if (medication is not null && serviceValue is null)
            {
                serviceValue = Spanned<string>.FromSource(StrengthRule.Service, request.Input, medication.Drug!.Span);
            }
        }

        var regions = phrases.Regions;
        var quantities = QuantityReader.Read(request, medication is not null, CollectionsMarshal.AsSpan(prescription));
        PerThreadList<(int First, int Last)>.Give(prescription);
        var bodyRegions = BodyRegions(request, regions.Regions);
        PerThreadList<BodyRegionMatch>.Give(found);
        var dateOfService = phrases.DateOfService;
        var injection = serviceValue?.Value == Injection ? InjectionReader.Read(request) : null;
        return new RequestDetails
        {
            Service = serviceValue,
            BodyRegions = bodyRegions,
            Side = regions.Side is { } requestSide ? request.Spanned(requestSide.Value, requestSide.Words) : null,
            Quantity = quantities.IsEmpty ? null : quantities[0],
            Quantities = quantities,
            Medication = medication,
            Injection = injection,
            DateOfService = dateOfService,
            Retrospective = dateOfService is not null || phrases.Retrospective,
        };
    }

    // A loop into an array of the regions' number, not a LINQ Select and its closure.
    private static ImmutableArray<BodyRegion> BodyRegions(RequestText request, IReadOnlyList<BodyRegionMatch> matches)
    {
        if (matches.Count == 0)
        {
            return [];
        }

        var regions = new BodyRegion[matches.Count];
        for (int i = 0; i < regions.Length; i++)
        {
            var match = matches[i];
            regions[i] = new BodyRegion
            {
                Region = request.Spanned(match.Region, match.Words),
                Side = match.Side is { } side ? request.Spanned(side.Value, side.Words) : null,
            };
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(regions);
    }

    // One pass over the request's tokens, each looked up once: the service (the first rule that
    // matches, at its leftmost phrase), the regions and sides (the first named at each word the
    // walk reads, added to `found`), the first date of service read at a lead, and whether a retrospective word is there.
    private PhraseReading ReadPhrases(RequestText request, List<BodyRegionMatch> found)
    {
        var lexed = request.Lexed;
        var service = default(ServiceClassifier.Choice);
        var regions = new BodyRegionClassifier.Walk(found);
        Spanned<DateOnly>? dateOfService = null;
        bool retrospective = false;
        for (int i = 0; i < lexed.Count; i++)
        {
            (BodySide? Side, BodyRegionRule? Region, int Last)? named = null;
            bool regionsRead = regions.Reads(i) && lexed.Tokens[i].Kind != TokenKind.Punctuation;
            bool lead = false;
            foreach (var (phrase, last) in _phrases.MatchesAt(request.Source, lexed, i))
            {
                switch (phrase.Kind)
                {
                    case PhraseKind.Service:
                        service.Add(phrase.Rule, i, last);
                        break;
                    case PhraseKind.Region when regionsRead && named is null:
                        named = (phrase.Named.Side, phrase.Named.Region, last);
                        break;
                    case PhraseKind.DateOfServiceLead:
                        lead = true;
                        break;
                    case PhraseKind.Retrospective:
                        retrospective = true;
                        break;
                }
            }

            if (regions.Reads(i))
            {
                regions.At(lexed.Tokens, i, named);
            }

            // The date's rule reads on from the lead's token.
            if (lead && dateOfService is null && DateOfServiceReader.Read(request, i, out var words, out _) is { } date)
            {
                dateOfService = request.Spanned(date, words);
            }
        }

        return new PhraseReading(service.Match(Services, lexed.Tokens), regions.Reading, dateOfService, retrospective);
    }

    private readonly record struct PhraseReading(ServiceMatch? Service, BodyRegionReading Regions, Spanned<DateOnly>? DateOfService, bool Retrospective);
}
