using Pidgin;

namespace ImrParsing.Benchmarks;

/// <summary>
/// One citation form of the character rules (<see cref="PidginCitationForms"/>): its name, an
/// example, what it starts with, and its rule, made from the list's <see cref="PidginCitationParts"/>.
/// </summary>
/// <param name="Name">A short name for the form.</param>
/// <param name="Example">A citation of this form, as a letter writes it.</param>
/// <param name="Start">What a citation of this form begins with.</param>
/// <param name="RuleFor">Makes the rule that reads a whole citation, in a list whose parts are given.</param>
internal sealed record PidginCitationForm(string Name, string Example, Parser<char, Unit> Start, Func<PidginCitationParts, Parser<char, PidginCitationSyntax>> RuleFor);
