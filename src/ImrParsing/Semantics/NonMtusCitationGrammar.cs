namespace ImrParsing.Semantics;

/// <summary>
/// "Non-MTUS Citation Official Disability Guidelines (ODG), Pain Chapter": free text up to the
/// end of the statement. The letters join a second guideline to the first with "and Other Medical
/// Treatment Guidelines" ("... (ODG) Carpal Tunnel Syndrome (Acute &amp; Chronic) and Other
/// Medical Treatment Guidelines AANEM Recommended Policy ..."): each is a citation of its own
/// (<see cref="MtusStatementReader"/>).
/// </summary>
internal static class NonMtusCitationGrammar
{
    /// <summary>" and Other Medical Treatment Guidelines", which joins a second guideline.</summary>
    public const string OtherGuidelinesText = " and Other Medical Treatment Guidelines";
}
