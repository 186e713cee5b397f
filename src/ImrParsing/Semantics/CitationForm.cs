using Pidgin;

namespace ImrParsing.Semantics;

/// <summary>
/// One way the letters write an MTUS guideline citation, with the rule that reads it. The forms
/// are tried in order (<see cref="MtusCitationForms.All"/>); a rule reads one citation from its
/// start and stops where it ends, before the separator or full stop that follows it.
/// </summary>
/// <param name="Name">A short name for the form ("titleAndYear").</param>
/// <param name="Example">A citation of this form, as a letter writes it.</param>
/// <param name="Start">
/// What a citation of this form begins with ("Low Back Complaints 2004", "ACOEM Chapter 12"): where
/// it follows a separator, the sections or title of the citation before it end. A short rule, so
/// that finding where a citation ends never reads the citations after it.
/// </param>
/// <param name="Rule">The rule that reads a whole citation.</param>
public sealed record CitationForm(string Name, string Example, Parser<char, Unit> Start, Parser<char, CitationSyntax> Rule);
