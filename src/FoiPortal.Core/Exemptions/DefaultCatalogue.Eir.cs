using FoiPortal.Core.Statute;
using static FoiPortal.Core.Exemptions.ExemptionBasis;
using static FoiPortal.Core.Exemptions.HarmTest;

namespace FoiPortal.Core.Exemptions;

internal static partial class DefaultCatalogue
{
    private const string EmissionsNote = "Not available for information on emissions (reg 12(9)).";

    /// <summary>
    /// EIR reg 12(4), 12(5), 12(6) and 13. Every exception is subject to the public interest test (reg 12(1)(b)) with a
    /// presumption in favour of disclosure (reg 12(2)), except reg 13 in part. The EIR have no cost limit and no
    /// vexatious-request ground: reg 12(4)(b) (manifestly unreasonable) covers both.
    /// </summary>
    public static IEnumerable<ExemptionEntry> Eir()
    {
        const Regime R = Regime.Eir;

        yield return QualifiedEntry(R, "12(4)(a)", "Information not held when the request was received", None,
            "The exception applies to information that the authority did not have when the request was received.",
            note: "Record a not-held outcome; the notice cites reg 12(4)(a).");
        yield return QualifiedEntry(R, "12(4)(b)", "Manifestly unreasonable requests", None,
            "The exception applies to a request that is manifestly unreasonable, because complying would place a grossly oppressive burden on the authority or because the request is vexatious.",
            note: "The EIR alternative to FOIA s.12 and s.14. The cost limit figures may guide the burden, but the public interest test still applies.");
        yield return QualifiedEntry(R, "12(4)(c)", "Request formulated in too general a manner", None,
            "The exception applies where a request is formulated in too general a manner and the authority has given advice and assistance under regulation 9.");
        yield return QualifiedEntry(R, "12(4)(d)", "Material in the course of completion, unfinished documents and incomplete data", None,
            "The exception applies to material still in the course of completion, to unfinished documents and to incomplete data.",
            note: "Say, where known, who is preparing the information and when it is expected to be finished (reg 14(4)).");
        yield return QualifiedEntry(R, "12(4)(e)", "Internal communications", None,
            "The exception applies to communications within the authority, protecting a safe space for internal deliberation.");

        yield return QualifiedEntry(R, "12(5)(a)", "International relations, defence, national security or public safety", AdverseEffect,
            "The exception protects international relations, defence, national security and public safety from an adverse effect caused by disclosure.",
            "12(6)");
        yield return QualifiedEntry(R, "12(5)(b)", "The course of justice, fair trials and inquiries", AdverseEffect,
            "The exception protects the course of justice, the ability of a person to receive a fair trial, and the ability of a public authority to conduct a criminal or disciplinary inquiry from an adverse effect caused by disclosure.");
        yield return QualifiedEntry(R, "12(5)(c)", "Intellectual property rights", AdverseEffect,
            "The exception protects intellectual property rights from an adverse effect caused by disclosure.");
        yield return QualifiedEntry(R, "12(5)(d)", "Confidentiality of proceedings", AdverseEffect,
            "The exception protects the confidentiality of the proceedings of public authorities, where that confidentiality is provided by law, from an adverse effect caused by disclosure.",
            note: EmissionsNote);
        yield return QualifiedEntry(R, "12(5)(e)", "Confidentiality of commercial or industrial information", AdverseEffect,
            "The exception protects the confidentiality of commercial or industrial information, where that confidentiality is provided by law to protect a legitimate economic interest, from an adverse effect caused by disclosure.",
            note: EmissionsNote);
        yield return QualifiedEntry(R, "12(5)(f)", "Interests of the person who provided the information", AdverseEffect,
            "The exception protects the interests of a person who supplied information voluntarily, without being under a legal obligation to do so, and who has not consented to its disclosure.",
            note: EmissionsNote);
        yield return QualifiedEntry(R, "12(5)(g)", "Protection of the environment", AdverseEffect,
            "The exception protects the environment to which the information relates, for example the sites of rare species, from an adverse effect caused by disclosure.",
            note: EmissionsNote);
        yield return NcndEntry(R, "12(6)", "International relations, defence, national security or public safety", Qualified, AdverseEffect,
            "The authority may neither confirm nor deny where confirming or denying would adversely affect international relations, defence, national security or public safety and would not be in the public interest.",
            "Reg 12(6) applies only to the interests in reg 12(5)(a).");

        // Reg 13(2A) (the first condition) has no public interest test; modelled as absolute, like FOIA s.40(2).
        yield return AbsoluteEntry(R, "13(1)", "Personal data", None,
            "Personal data about someone other than the applicant is excepted where disclosing it would contravene the data protection principles.",
            "13(5A)", note: "Absolute where the first condition (reg 13(2A)) is relied on; the other conditions are subject to the public interest test and not modelled. The applicant's own personal data is dealt with under data protection law (reg 5(3)).");
        yield return NcndEntry(R, "13(5A)", "Personal data", Absolute, None,
            "The authority may neither confirm nor deny where confirming or denying would itself contravene the data protection principles.");
    }
}
