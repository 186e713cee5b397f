namespace ImrParsing.Semantics;

/// <summary>
/// The fixed phrases of a guideline part's statements besides "Decision based on": a guideline's
/// text is a few sentences ("Decision based on MTUS ...", "Decision based on Non-MTUS Citation
/// ...", "The Claims Administrator did not cite any medical evidence for its decision."), and a
/// full stop ends a statement only where the text ends or the next statement begins
/// (<see cref="MtusStatementReader"/>).
/// </summary>
internal static class GuidelineBoundaries
{
    /// <summary>"did not cite any medical evidence".</summary>
    public const string NoEvidence = "did not cite any medical evidence";

    /// <summary>"outside of the MTUS", in "based their decision on recommendation(s) outside of the MTUS Guidelines".</summary>
    public const string OutsideMtus = "outside of the MTUS";
}
