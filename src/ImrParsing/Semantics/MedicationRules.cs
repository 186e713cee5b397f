using Pidgin;
using ImrParsing.Parsers;

using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>The <see cref="MedicationGrammar"/> rules as the medication readers run them at one place of a request.</summary>
internal static class MedicationRules
{
    public static readonly Parser<char, (OffsetRange Value, int End)> StrengthRule = Scan.Ended(MedicationGrammar.Strength);
    public static readonly Parser<char, (OffsetRange Value, int End)> FormRule = Scan.Ended(MedicationGrammar.Form);
    public static readonly Parser<char, (MedicationQuantityPiece Value, int End)> QuantityRule = Scan.Ended(MedicationGrammar.Quantity);
    public static readonly Parser<char, (StatedNumber Value, int End)> RefillsRule = Scan.Ended(MedicationGrammar.Refills);
    public static readonly Parser<char, (Unit Value, int End)> DirectionsRule = Scan.Ended(MedicationGrammar.DirectionsStart);
    public static readonly Parser<char, (Unit Value, int End)> QualifierRule = Scan.Ended(MedicationGrammar.Qualifier);
    public static readonly Parser<char, ((DateOnly, OffsetRange) Value, int End)> DateOfServiceRule = Scan.Ended(DateOfServiceGrammar.DateOfService);
    public static readonly Parser<char, (int Value, int End)> NumberWordRule = Scan.Ended(QuantityGrammar.NumberWord);
    public static readonly Parser<char, (Unit Value, int End)> NumbersRule = Scan.Ended(MedicationGrammar.Numbers);
    public static readonly Parser<char, (StatedNumber Value, int End)> NumberRule = Scan.Ended(QuantityGrammar.Number);
}
