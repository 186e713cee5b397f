using System.Collections.Immutable;

namespace ImrParsing.Syntax;

/// <summary>
/// What a disputed item's request asks for, read from its words where the letter states it: the
/// service, the body regions and side, the quantity, the medication and a date of service. Every
/// value keeps the words it was read from; nothing the request does not state is filled in.
/// </summary>
public sealed record RequestDetails
{
    /// <summary>
    /// The kind of service, from an open set ("physical therapy", "acupuncture", "mri",
    /// "electrodiagnostic", "medication", "durable medical equipment", ...), with the words that
    /// identified it as <see cref="Spanned{T}.Text"/>; null when no rule recognized the request.
    /// </summary>
    public Spanned<string>? Service { get; init; }

    /// <summary>The body regions the request names, in the order it names them.</summary>
    public ImmutableArray<BodyRegion> BodyRegions { get; init; } = [];

    /// <summary>
    /// The side of the body the request states ("left", "right", "bilateral"), when it states one
    /// side only; null when it states none or different sides for different regions (see each
    /// <see cref="BodyRegion.Side"/>).
    /// </summary>
    public Spanned<BodySide>? Side { get; init; }

    /// <summary>
    /// How many sessions or visits, how often and for how long, as far as the request says; null when
    /// it says none of it. For a compound request, its first quantity (see <see cref="Quantities"/>).
    /// </summary>
    public RequestQuantity? Quantity { get; init; }

    /// <summary>
    /// Every quantity the request states, in its order: one for most requests, more for a compound
    /// one ("three chiropractic visits for the neck and six chiropractic visits for the low back"
    /// gives 3 and 6, each with what it counts in <see cref="RequestQuantity.Counted"/>).
    /// </summary>
    public ImmutableArray<RequestQuantity> Quantities { get; init; } = [];

    /// <summary>For a medication, its name, strength, quantity, directions and refills; null for other services.</summary>
    public MedicationDetails? Medication { get; init; }

    /// <summary>For an injection or infusion, its kind, approach, levels and drugs; null for other services.</summary>
    public InjectionDetails? Injection { get; init; }

    /// <summary>The date of service of a retrospective request ("DOS: 11/11/2016"); null when none is stated.</summary>
    public Spanned<DateOnly>? DateOfService { get; init; }

    /// <summary>True when the request is retrospective: it says so ("Retrospective ...") or states a date of service.</summary>
    public bool Retrospective { get; init; }
}
