using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ImrParsing.Lexing;
using ImrParsing.Parsers;
using ImrParsing.Syntax;
using ImrParsing.Text;

using ImrParsing.Semantics;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The request reader before its phrase rules shared one look-up per token: the service, the body
/// regions, the date of service's leads and the retrospective words each look every token of the
/// request up in their own index. The baseline of <c>RequestPhrasesBenchmarks</c> and the
/// reference of <c>RequestPhrasesReferenceTests</c>.
/// </summary>
internal sealed class SeparateLookupsRequestReader
{
    // The rule a medication recognized by its strength alone is reported under.
    private static readonly ServiceRule StrengthRule = new(ServiceClassifier.Medication, "a strength such as 50mg");

    // The service whose requests name an injection's kind, levels and drugs.
    private const string Injection = "injection";

    // The words a date of service starts with: the rule runs only there.
    private static readonly TokenPhrases<bool> DateOfServiceLeads = new(DateOfServiceGrammar.Leads.Select(lead => (lead, true)));

    // Words that make a request retrospective without a date of service.
    private static readonly TokenPhrases<bool> RetrospectiveWords = new([("retrospective", true), ("retro", true)]);

    // The tokens of a medication's directions and quantity, which the request's quantities leave unread.
    [ThreadStatic]
    private static List<(int First, int Last)>? t_separatePrescription;

    /// <summary>Makes a reader with the given classifiers.</summary>
    public SeparateLookupsRequestReader(ServiceClassifier services, BodyRegionClassifier regions)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(regions);
        Services = services;
        Regions = regions;
    }

    /// <summary>The reader the parser uses, with <see cref="ServiceClassifier.Default"/> and <see cref="BodyRegionClassifier.Default"/>.</summary>
    public static SeparateLookupsRequestReader Default { get; } = new(ServiceClassifier.Default, BodyRegionClassifier.Default);

    /// <summary>Tells the service.</summary>
    public ServiceClassifier Services { get; }

    /// <summary>Finds the body regions and sides.</summary>
    public BodyRegionClassifier Regions { get; }

    /// <summary>The details of a request given alone: spans index into <paramref name="request"/>.</summary>
    public RequestDetails Read(string request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var lines = SourceText.From(request);
        return Read(request, 0, request.Length, lines.GetSpanFromBounds);
    }

    /// <summary>The details of <paramref name="request"/>, a value read from <paramref name="context"/>'s letter.</summary>
    public RequestDetails Read(IReaderContext context, TextValue request)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        return Read(context.Text, request.Span.Start, request.Span.End, context.SpanMaker);
    }

    private RequestDetails Read(string source, int start, int end, Func<int, int, TextSpan> span)
    {
        using var request = new RequestText(source, start, end, span);
        var service = Services.Classify(source, request.Lexed);
        Spanned<string>? serviceValue = service is { } named ? request.Spanned(named.Rule.Service, named.Words) : null;
        MedicationDetails? medication = null;
        // One list per thread, taken while in use (a parse inside a parse gets its own) and given back emptied.
        var prescription = t_separatePrescription ?? new List<(int First, int Last)>(2);
        t_separatePrescription = null;
        if (service is null || service.Value.Rule.Service == ServiceClassifier.Medication)
        {
            // A strength makes a medication of a request no rule names ("Zorvolex 35mg"); its name is the words that identify it.
            medication = MedicationReader.Read(request, needsStrength: service is null, prescription);
            if (medication is not null && serviceValue is null)
            {
                serviceValue = Spanned<string>.FromSource(StrengthRule.Service, source, medication.Drug!.Span);
            }
        }

        var regions = Regions.Read(source, request.Lexed);
        var quantities = QuantityReader.Read(request, medication is not null, CollectionsMarshal.AsSpan(prescription));
        prescription.Clear();
        t_separatePrescription = prescription;
        var dateOfService = FindDateOfService(request);
        var injection = serviceValue?.Value == Injection ? InjectionReader.Read(request) : null;
        return new RequestDetails
        {
            Service = serviceValue,
            BodyRegions = BodyRegions(request, regions.Regions),
            Side = regions.Side is { } requestSide ? request.Spanned(requestSide.Value, requestSide.Words) : null,
            Quantity = quantities.IsEmpty ? null : quantities[0],
            Quantities = quantities,
            Medication = medication,
            Injection = injection,
            DateOfService = dateOfService,
            Retrospective = dateOfService is not null || AnyAt(RetrospectiveWords, source, request.Lexed),
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

    // The leads are phrases of the source's tokens; the date's rule reads on from the same token.
    private static Spanned<DateOnly>? FindDateOfService(RequestText request)
    {
        for (int i = 0; i < request.Lexed.Count; i++)
        {
            if (DateOfServiceLeads.MatchesAt(request.Source, request.Lexed, i).MoveNext()
                && DateOfServiceReader.Read(request, i, out var words, out _) is { } date)
            {
                return request.Spanned(date, words);
            }
        }

        return null;
    }

    private static bool AnyAt(TokenPhrases<bool> phrases, string source, TokenList lexed)
    {
        for (int i = 0; i < lexed.Count; i++)
        {
            if (phrases.MatchesAt(source, lexed, i).MoveNext())
            {
                return true;
            }
        }

        return false;
    }
}
