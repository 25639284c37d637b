namespace FoiPortal.Core.Exemptions;

/// <summary>What a catalogue entry is: a Part II exemption (an EIR exception) or a ground for refusing the whole request.</summary>
public enum EntryKind
{
    Exemption,

    /// <summary>FOIA s.12 (cost) and s.14 (vexatious, repeated); FOISA s.12 and s.14. Not exemptions: no public interest test (FOIA s.17(5)).</summary>
    RefusalGround,
}

/// <summary>FOIA s.2: whether the public interest test applies.</summary>
public enum ExemptionBasis
{
    /// <summary>FOIA s.2(3) (FOISA s.2(2)): no public interest test.</summary>
    Absolute,

    /// <summary>FOIA s.2(1)(b), s.2(2)(b) (EIR reg 12(1)(b); FOISA s.2(1)(b)): the public interest test is required.</summary>
    Qualified,
}

/// <summary>The harm test an entry carries, in its own regime's terms.</summary>
public enum HarmTest
{
    /// <summary>Class-based: engaged by the kind of information alone (e.g. FOIA s.30).</summary>
    None,

    /// <summary>FOIA: disclosure "would, or would be likely to, prejudice" (e.g. s.31).</summary>
    Prejudice,

    /// <summary>FOISA: disclosure "would, or would be likely to, prejudice substantially" (e.g. s.35).</summary>
    SubstantialPrejudice,

    /// <summary>EIR reg 12(5): disclosure "would adversely affect"; "would be likely to" is not enough.</summary>
    AdverseEffect,
}

/// <summary>How likely the prejudice is (FOIA s.2 and the prejudice-based sections: "would" or "would be likely to").</summary>
public enum Likelihood
{
    /// <summary>More probable than not.</summary>
    Would,

    /// <summary>A real and significant risk, even if less than probable.</summary>
    WouldBeLikelyTo,
}

/// <summary>The outcome recorded for one question of a request.</summary>
public enum QuestionOutcome
{
    Disclosed,
    PartlyDisclosed,
    Withheld,

    /// <summary>FOIA s.1(1)(a) excluded: the authority neither confirms nor denies that it holds the information.</summary>
    NeitherConfirmNorDeny,

    NotHeld,

    /// <summary>FOIA s.12 (FOISA s.12): the cost of compliance exceeds the appropriate limit.</summary>
    CostLimitExceeded,

    /// <summary>FOIA s.14(1) (FOISA s.14(1)).</summary>
    Vexatious,

    /// <summary>FOIA s.14(2) (FOISA s.14(2)).</summary>
    Repeated,
}
