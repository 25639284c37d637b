using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Exemptions;

/// <summary>How each regime names itself and its provisions, so messages and notices use the statute's own words.</summary>
public static class RegimeTerms
{
    /// <summary>"FOIA", "EIR", "FOISA": the prefix of every catalogue key.</summary>
    public static string ShortName(Regime regime) => regime switch
    {
        Regime.Foia => "FOIA",
        Regime.Eir => "EIR",
        Regime.Foisa => "FOISA",
        _ => throw new ArgumentOutOfRangeException(nameof(regime), regime, null),
    };

    public static string InstrumentName(Regime regime) => regime switch
    {
        Regime.Foia => "the Freedom of Information Act 2000",
        Regime.Eir => "the Environmental Information Regulations 2004",
        Regime.Foisa => "the Freedom of Information (Scotland) Act 2002",
        _ => throw new ArgumentOutOfRangeException(nameof(regime), regime, null),
    };

    /// <summary>"the Act" or "the Regulations".</summary>
    public static string Instrument(Regime regime) => regime == Regime.Eir ? "the Regulations" : "the Act";

    /// <summary>"section" or "regulation".</summary>
    public static string ProvisionWord(Regime regime) => regime == Regime.Eir ? "regulation" : "section";

    /// <summary>The EIR call them exceptions; the Acts call them exemptions.</summary>
    public static string Noun(Regime regime) => regime == Regime.Eir ? "exception" : "exemption";

    /// <summary>"a FOIA request", "an EIR request".</summary>
    public static string WithArticle(Regime regime) => regime == Regime.Eir ? "an EIR" : "a " + ShortName(regime);

    internal static string KeyPrefix(Regime regime) => regime == Regime.Eir ? "EIR reg " : ShortName(regime) + " s.";

    /// <summary>First letter upper case: "section 23(5)" becomes "Section 23(5)".</summary>
    public static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string JoinAnd(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Join(string.Empty, list) : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }
}
