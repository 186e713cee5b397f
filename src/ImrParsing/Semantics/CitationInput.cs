using Pidgin;
using Pidgin.Configuration;
using ImrParsing.Lexing;
using ImrParsing.Parsers.Pooling;
using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>
/// The statement a citation form's rule runs on (<see cref="MtusStatementReader"/>): the letter, its
/// tokens and the index of the token the rule started at, handed to the rule's building blocks as
/// Pidgin's configuration (a parse over a slice of the tokens knows no more). The blocks read with
/// the statement reader's own checks, and leave here where the last of them ended when that is not
/// plainly after its last token.
/// </summary>
internal sealed class CitationInput(IReaderContext context, TokenList tokens, int first) : IConfiguration<Token>
{
    private static readonly IConfiguration<Token> Scratch = ScratchConfiguration.For<Token>();

    public IReaderContext Context => context;

    public TokenList Tokens => tokens;

    /// <summary>The index of the token the parse's first token is.</summary>
    public int First => first;

    /// <summary>The reader's place where the last block that reads sections or pages ended, or -1.</summary>
    public int EndPlace { get; set; } = -1;

    /// <summary>Where pages ended inside a token ("98a"): the reader's partial place, its source offset and the digits read; -1 for none.</summary>
    public (int Place, int End, int Digits) Partial { get; set; } = (-1, 0, 0);

    public Func<Token, SourcePosDelta> SourcePosCalculator => Scratch.SourcePosCalculator;

    public IArrayPoolProvider ArrayPoolProvider => Scratch.ArrayPoolProvider;

    /// <summary>Runs <paramref name="rule"/> at the token <see cref="First"/> of this statement: the token index it stopped at, or -1 where it fails.</summary>
    public static int Run<T>(Parser<Token, (T Value, int End)> rule, CitationInput input, out T value)
    {
        var result = rule.Parse(input.Tokens.Tokens[input.First..], input);
        value = result.Success ? result.Value.Value : default!;
        return result.Success ? input.First + result.Value.End : -1;
    }
}

/// <summary>
/// A building block of citation rules (<see cref="CitationParts"/>): reads at the token a parse has
/// reached with the checks of <see cref="MtusStatementReader"/>, so that a form's rule and the
/// reader agree token for token.
/// </summary>
internal abstract class CitationBlock<T>(string expected) : Parser<Token, T>
{
    public sealed override bool TryParse(ref ParseState<Token> state, ref PooledList<Expected<Token>> expecteds, out T result)
    {
        if (state.Configuration is not CitationInput input)
        {
            throw new InvalidOperationException("A citation form's rule reads a guideline statement's tokens: the parser runs it.");
        }

        int index = input.First + (int)state.Location;
        var reader = MtusStatementReader.For(input);
        if (Read(ref reader, input, index, out int end, out result))
        {
            state.Advance(end - index);
            return true;
        }

        expecteds.Add(new Expected<Token>(expected));
        state.SetError(state.HasCurrent ? Maybe.Just(state.Current) : Maybe.Nothing<Token>(), !state.HasCurrent, state.Location, null);
        return false;
    }

    /// <summary>Reads at token <paramref name="index"/>: the index of the token after what was read, and the value.</summary>
    protected abstract bool Read(ref MtusStatementReader reader, CitationInput input, int index, out int end, out T result);
}

/// <summary>The span of the tokens a rule reads (<see cref="CitationParts.SpanOf"/>).</summary>
internal sealed class CitationSpan<T>(Parser<Token, T> rule) : Parser<Token, TextSpan>
{
    public override bool TryParse(ref ParseState<Token> state, ref PooledList<Expected<Token>> expecteds, out TextSpan result)
    {
        if (state.Configuration is not CitationInput input)
        {
            throw new InvalidOperationException("A citation form's rule reads a guideline statement's tokens: the parser runs it.");
        }

        int first = input.First + (int)state.Location;
        if (!rule.TryParse(ref state, ref expecteds, out _))
        {
            result = default;
            return false;
        }

        int end = input.First + (int)state.Location;
        if (end == first)
        {
            result = default;
            expecteds.Add(new Expected<Token>("a token"));
            state.SetError(state.HasCurrent ? Maybe.Just(state.Current) : Maybe.Nothing<Token>(), !state.HasCurrent, state.Location, null);
            return false;
        }

        var tokens = input.Tokens.Tokens;
        result = input.Context.Span(tokens[first].Start, tokens[end - 1].End);
        return true;
    }
}
