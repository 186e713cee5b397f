using System.Collections.Immutable;

namespace ImrParsing.Parsers;

/// <summary>One disputed item as the line grammar sees it.</summary>
/// <param name="Lines">All of the item's lines.</param>
/// <param name="Head">The request lines, the decision line included; empty when the head is missing.</param>
/// <param name="DecisionLine">Index of the decision line, or -1 when the decision word is missing.</param>
/// <param name="Parts">The labelled parts (guidelines, rationale) in the order they appear.</param>
internal readonly record struct ItemSyntax(LineRange Lines, LineRange Head, int DecisionLine, ImmutableArray<PartSyntax> Parts);

/// <summary>A labelled part of an item: the label line and the lines that continue it.</summary>
/// <param name="Rule">Index of the label's <see cref="Tokenizing.LineRule"/>.</param>
/// <param name="Lines">The label line and its continuation.</param>
internal readonly record struct PartSyntax(int Rule, LineRange Lines);

/// <summary>What the decisions section's body holds, in order.</summary>
/// <param name="Items">The disputed items.</param>
/// <param name="Boilerplate">Lines of the letter's form ("The Final Determination was based on ...").</param>
/// <param name="Unrecognized">Runs of lines that belong to no item.</param>
internal sealed record DecisionsSyntax(ImmutableArray<ItemSyntax> Items, ImmutableArray<LineRange> Boilerplate, ImmutableArray<LineRange> Unrecognized);
