namespace FoiPortal.Core.Exemptions;

/// <summary>
/// FOIA s.2(2)(b) (s.2(1)(b) for NCND; EIR reg 12(1)(b); FOISA s.2(1)(b)): the factors on each side and the conclusion.
/// Recorded only for qualified provisions; the refusal notice gives these reasons (s.17(3)).
/// </summary>
public sealed class PublicInterestTest
{
    public const int FactorsMaxLength = 4000;
    public const int ConclusionMaxLength = 2000;

    private PublicInterestTest()
    {
        FactorsForDisclosure = string.Empty;
        FactorsForMaintaining = string.Empty;
        Conclusion = string.Empty;
    }

    public PublicInterestTest(string factorsForDisclosure, string factorsForMaintaining, string conclusion)
    {
        FactorsForDisclosure = factorsForDisclosure.Trim();
        FactorsForMaintaining = factorsForMaintaining.Trim();
        Conclusion = conclusion.Trim();
    }

    /// <summary>Factors in favour of disclosure (for NCND: of confirming or denying).</summary>
    public string FactorsForDisclosure { get; private set; }

    /// <summary>Factors in favour of maintaining the exemption (for NCND: of neither confirming nor denying).</summary>
    public string FactorsForMaintaining { get; private set; }

    public string Conclusion { get; private set; }
}

/// <summary>The harm test of a prejudice-based provision: what the prejudice is and how likely.</summary>
public sealed class HarmStatement
{
    public const int PrejudiceMaxLength = 4000;

    private HarmStatement()
    {
        Prejudice = string.Empty;
    }

    public HarmStatement(string prejudice, Likelihood likelihood)
    {
        Prejudice = prejudice.Trim();
        Likelihood = likelihood;
    }

    /// <summary>What the prejudice (FOISA: substantial prejudice; EIR: adverse effect) would be, and to which interest.</summary>
    public string Prejudice { get; private set; }

    public Likelihood Likelihood { get; private set; }
}
